import type { ImportReport } from '@/lib/transfer/import-file';

/** What a JSON import did: added, merged, already here, and each refused row with its line and reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const n = (x: number) => x.toLocaleString();
  return (
    <div
      class={`notice ${report.refused ? 'warn' : 'good'}`}
      role="status"
      data-testid="dt-import-report"
      data-added={report.added}
      data-merged={report.merged}
      data-unchanged={report.unchanged}
      data-refused={report.refused}
    >
      <p>
        Imported @{report.account.handle}'s export: {n(report.added)} new, {n(report.merged)} merged into what
        was here, {n(report.unchanged)} already here.
      </p>
      {report.refused > 0 && (
        <>
          <p>
            {report.refused === 1 ? '1 record' : `${n(report.refused)} records`} could not be stored (the rest
            were):
          </p>
          <ul class="small">
            {report.problems.map((p) => (
              <li key={`${p.line}:${p.reason}`}>
                line {n(p.line)}: {p.reason}
              </li>
            ))}
            {report.refused > report.problems.length && (
              <li>and {n(report.refused - report.problems.length)} more</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
