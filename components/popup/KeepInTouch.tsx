import { useState } from 'preact/hooks';
import { CadenceSelect } from '@/components/common/CadenceSelect';
import { cadenceLabel } from '@/components/common/due-words';
import { errorText } from '@/lib/i18n/error-text';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { ContactView } from '@/lib/messages/protocol';
import type { Cadence } from '@/lib/relationships/due';

/** "Keep in touch every …" for one person: how long before a quiet conversation counts as going cold. */
export function KeepInTouch({ account, contact }: { account: string; contact: ContactView }) {
  const [value, setValue] = useState<Cadence | ''>(contact.keepEvery ?? '');
  const [said, setSaid] = useState('');
  const change = async (next: Cadence) => {
    setValue(next);
    try {
      await send('due.cadence', { account, key: contact.key, keepEvery: next });
      setSaid(next === 'off' ? t('cadenceSavedOff') : t('cadenceSaved', { cadence: cadenceLabel(next) }));
    } catch (error) {
      setSaid(t('couldNotSave', { error: errorText(error) }));
    }
  };
  return (
    <div class="field">
      <CadenceSelect
        id="person-cadence"
        stage={contact.stage}
        value={value}
        onChange={(c) => void change(c)}
      />
      <span class="muted small" role="status" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
