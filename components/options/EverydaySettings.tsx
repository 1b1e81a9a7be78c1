import { type MessageKey, t } from '@/lib/i18n/t';
import type { Settings } from '@/lib/settings/settings';
import type { SaveSettings } from './settings-save';

/** The toolbar badge's choices (lib/background/badge.ts), in the order shown. */
const BADGE_CHOICES = {
  'reply-backs': 'badgeReplyBacks',
  due: 'badgeDue',
  off: 'badgeOff',
} as const satisfies Record<Settings['badge'], MessageKey>;

const OVERLAYS = [
  ['badges', 'overlayBadges', 'overlayBadgesAbout'],
  ['profileCard', 'overlayProfileCard', 'overlayProfileCardAbout'],
  ['lists', 'overlayLists', 'overlayListsAbout'],
] as const satisfies readonly (readonly [keyof Settings['overlays'], MessageKey, MessageKey])[];

interface Props {
  settings: Settings;
  save: SaveSettings;
  onError(text: string): void;
}

/** Every day: how many people to meet, what the toolbar badge counts, and the marks shown on X. */
export function EverydaySettings({ settings, save, onError }: Props) {
  return (
    <>
      <fieldset>
        <legend>{t('everydayTitle')}</legend>
        <div class="row">
          <label for="handful-size">{t('handfulLabel')}</label>
          <input
            id="handful-size"
            type="number"
            min={1}
            max={20}
            value={settings.handfulSize}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const n = Math.round(Number(input.value));
              if (!Number.isFinite(n) || n < 1 || n > 20) {
                onError(t('handfulOutOfRange'));
                input.value = String(settings.handfulSize);
                return;
              }
              void save({ handfulSize: n }, t('handfulSaved', { count: n }));
            }}
          />
        </div>
        <div class="row">
          <label for="badge-mode">{t('badgeLabel')}</label>
          <select
            id="badge-mode"
            data-testid="dt-settings-badge"
            value={settings.badge}
            onChange={(e) => {
              const mode = (e.currentTarget as HTMLSelectElement).value as Settings['badge'];
              void save({ badge: mode }, t('badgeSaved', { choice: t(BADGE_CHOICES[mode]) }));
            }}
          >
            {Object.entries(BADGE_CHOICES).map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </div>
        <p class="muted small">{t('badgeHint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('overlaysTitle')}</legend>
        {OVERLAYS.map(([key, name, about]) => (
          <label class="toggle" key={key}>
            <input
              type="checkbox"
              checked={settings.overlays[key]}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void save(
                  { overlays: { ...settings.overlays, [key]: on } },
                  t(on ? 'overlayOnSaved' : 'overlayOffSaved', { name: t(name) }),
                );
              }}
            />
            <span>
              <strong>{t(name)}</strong>
              <span class="muted small"> {t(about)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
