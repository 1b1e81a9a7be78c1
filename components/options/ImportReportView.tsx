import { t, tp } from '@/lib/i18n/t';
import type { ImportReport } from '@/lib/transfer/import-file';

/** What a JSON import did: added, merged, already here, and each refused row with its line and reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
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
        {t('importDone', {
          handle: report.account.handle,
          added: report.added,
          merged: report.merged,
          unchanged: report.unchanged,
        })}
      </p>
      {report.refused > 0 && (
        <>
          <p>{tp('importRefused', report.refused)}</p>
          <ul class="small">
            {report.problems.map((p) => (
              <li key={`${p.line}:${p.reason}`}>{t('importProblem', { line: p.line, reason: p.reason })}</li>
            ))}
            {report.refused > report.problems.length && (
              <li>{t('importMoreProblems', { count: report.refused - report.problems.length })}</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
