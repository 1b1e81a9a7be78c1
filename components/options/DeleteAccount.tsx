import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';

interface Props {
  handle: string;
  onDelete(): Promise<void>;
}

/** What a person types to confirm: the handle, with or without its "@", in any case. */
export const handleMatches = (typed: string, handle: string) =>
  typed.trim().replace(/^@/, '').toLowerCase() === handle.toLowerCase();

/**
 * Delete names the account and asks for its handle to be typed: deleting cannot be undone, and the
 * account chosen in the header is the one that goes, so the person reads which one it is.
 */
export function DeleteAccount({ handle, onDelete }: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = handleMatches(typed, handle);

  if (!open)
    return (
      <button type="button" class="danger" onClick={() => setOpen(true)} data-testid="dt-wipe">
        {t('deleteData', { handle })}
      </button>
    );
  return (
    <form
      class="confirm delete-confirm"
      data-testid="dt-wipe-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!ready || busy) return;
        setBusy(true);
        try {
          await onDelete();
        } finally {
          setBusy(false);
        }
      }}
    >
      <p>
        <strong>{t('deleteQuestion', { handle })}</strong> {t('deleteExplain')}
      </p>
      <label for="wipe-handle">{t('deleteTypeHandle', { handle })}</label>
      <input
        id="wipe-handle"
        data-testid="dt-wipe-handle"
        autocomplete="off"
        spellcheck={false}
        value={typed}
        onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" class="danger" disabled={!ready || busy} data-testid="dt-wipe-confirm">
        {t('deleteButton', { handle })}
      </button>
      <button
        type="button"
        onClick={() => {
          setOpen(false);
          setTyped('');
        }}
      >
        {t('keepButton')}
      </button>
    </form>
  );
}
