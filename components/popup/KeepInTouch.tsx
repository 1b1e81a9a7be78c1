import { useState } from 'preact/hooks';
import { cadenceLabel } from '@/components/common/due-words';
import { t, tp } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { ContactView } from '@/lib/messages/protocol';
import { CADENCES, type Cadence, DEFAULT_CADENCE_DAYS } from '@/lib/relationships/due';

/** "Keep in touch every …" for one person: how long before a quiet conversation counts as going cold. */
export function KeepInTouch({ account, contact }: { account: string; contact: ContactView }) {
  const [value, setValue] = useState<Cadence | ''>(contact.keepEvery ?? '');
  const [said, setSaid] = useState('');
  const fallback = DEFAULT_CADENCE_DAYS[contact.stage];
  const change = async (next: Cadence | '') => {
    if (!next) return;
    setValue(next);
    try {
      await send('due.cadence', { account, key: contact.key, keepEvery: next });
      setSaid(next === 'off' ? t('cadenceSavedOff') : t('cadenceSaved', { cadence: cadenceLabel(next) }));
    } catch (error) {
      setSaid(t('couldNotSave', { error: (error as Error).message }));
    }
  };
  return (
    <div class="field">
      <label for="person-cadence">{t('keepInTouchLabel')}</label>
      <select
        id="person-cadence"
        data-testid="dt-cadence"
        value={value}
        onChange={(e) => void change((e.currentTarget as HTMLSelectElement).value as Cadence)}
      >
        <option value="" disabled={value !== ''}>
          {fallback ? tp('cadenceDefaultWeeks', fallback / 7) : t('cadenceDefaultNone')}
        </option>
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {cadenceLabel(c)}
          </option>
        ))}
      </select>
      <span class="muted small" role="status" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
