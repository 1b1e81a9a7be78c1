import { t } from '@/lib/i18n/t';

interface Props {
  /** Whose archive it is. */
  archive: { id: string; handle: string };
  /** The account chosen in the header; absent when Dinner Table has not seen anyone signed in yet. */
  chosen?: { handle: string };
  onYes(): void;
  onNo(): void;
}

/**
 * Asked before importing an archive that is not the chosen account's: a warning that names both
 * accounts and says nothing of the chosen one is touched, with the two choices as a primary and
 * a secondary button.
 */
export function ArchiveConfirm({ archive, chosen, onYes, onNo }: Props) {
  return (
    <div
      class="notice warn archive-confirm"
      role="alertdialog"
      aria-labelledby="archive-confirm-title"
      aria-describedby="archive-confirm-text"
      data-testid="dt-archive-confirm"
      data-archive-account={archive.id}
    >
      <h3 id="archive-confirm-title">
        <span aria-hidden="true">⚠ </span>
        {chosen
          ? t('archiveForeignTitle', { archive: archive.handle, chosen: chosen.handle })
          : t('archiveFirstTitle', { archive: archive.handle })}
      </h3>
      <p id="archive-confirm-text">
        {chosen
          ? t('archiveForeignText', { archive: archive.handle, chosen: chosen.handle })
          : t('archiveFirstText', { archive: archive.handle })}
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={onYes} data-testid="dt-archive-confirm-yes">
          {t('archiveImportAs', { archive: archive.handle })}
        </button>
        <button type="button" class="secondary" onClick={onNo} data-testid="dt-archive-confirm-no">
          {t('dontImport')}
        </button>
      </div>
    </div>
  );
}
