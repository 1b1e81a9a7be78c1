import { useState } from 'preact/hooks';
import { send } from '@/lib/messages/client';
import type { ContactView } from '@/lib/messages/protocol';
import { CADENCE_LABELS, CADENCES, type Cadence, DEFAULT_CADENCE_DAYS } from '@/lib/relationships/due';

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
      setSaid(next === 'off' ? 'No reminders to keep in touch.' : `Reminders ${CADENCE_LABELS[next]}.`);
    } catch (error) {
      setSaid(`Could not save: ${(error as Error).message}`);
    }
  };
  return (
    <div class="field">
      <label for="person-cadence">Keep in touch</label>
      <select
        id="person-cadence"
        data-testid="dt-cadence"
        value={value}
        onChange={(e) => void change((e.currentTarget as HTMLSelectElement).value as Cadence)}
      >
        <option value="" disabled={value !== ''}>
          {fallback ? `default (every ${fallback / 7} weeks)` : 'default (no reminders)'}
        </option>
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      <span class="muted small" role="status" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
