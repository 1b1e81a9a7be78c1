import { cadenceLabel } from '@/components/common/due-words';
import { t, tp } from '@/lib/i18n/t';
import { CADENCES, type Cadence, DEFAULT_CADENCE_DAYS } from '@/lib/relationships/due';
import type { Stage } from '@/lib/relationships/stage';

/**
 * "Keep in touch every …": one control for the popup's Person view and the profile card on X.
 * Until a person gets their own cadence, the first option names the stage's default.
 */
export function CadenceSelect({
  id,
  stage,
  value,
  onChange,
}: {
  id: string;
  stage: Stage;
  value: Cadence | '';
  onChange(next: Cadence): void;
}) {
  const fallback = DEFAULT_CADENCE_DAYS[stage];
  return (
    <>
      <label for={id}>{t('keepInTouchLabel')}</label>
      <select
        id={id}
        data-testid="dt-cadence"
        value={value}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLSelectElement).value;
          if (next) onChange(next as Cadence);
        }}
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
    </>
  );
}
