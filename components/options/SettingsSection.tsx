import './settings.css';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/lib/i18n/error-text';
import { t } from '@/lib/i18n/t';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  type Settings,
  saveSettings,
} from '@/lib/settings/settings';
import { CoachingSettings } from './CoachingSettings';
import { DomainSettings } from './DomainSettings';
import { EverydaySettings } from './EverydaySettings';

/**
 * The options page's settings for the account chosen in its header (each account has its own), in
 * groups: your own domains, the coaching rules, the daily handful and the marks on X. Saved as you
 * change them; the line under the heading says what was saved.
 */
export function SettingsSection({ account }: { account?: { id: string; handle: string } }) {
  const id = account?.id;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');

  useEffect(() => {
    loadSettings(id).then(setSettings, (e: unknown) => setError(String(e)));
    return onSettingsChanged(setSettings, id);
  }, [id]);

  const save = async (change: Partial<Settings>, what: string) => {
    setError('');
    try {
      setSettings(await saveSettings(change, id));
      setSaid(what);
    } catch (e) {
      setError(t('settingsNotSaved', { error: errorText(e) }));
    }
  };

  const title = account ? t('settingsForHandle', { handle: account.handle }) : t('settingsTitle');
  if (!settings)
    return (
      <section class="card" aria-labelledby="settings-title" data-testid="dt-settings">
        <h2 id="settings-title">{title}</h2>
        {error ? (
          <p class="notice bad" role="alert">
            {t('settingsUnreadable', { error })}
          </p>
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
      </section>
    );

  return (
    <section class="card settings" aria-labelledby="settings-title" data-testid="dt-settings">
      <h2 id="settings-title">{title}</h2>
      <p class="small muted" role="status" aria-live="polite" data-testid="dt-settings-status">
        {said || t('settingsSavedAsYouGo')}
      </p>
      {error && (
        <p class="notice bad" role="alert">
          {error}
        </p>
      )}
      <DomainSettings settings={settings} save={save} onSaid={setSaid} />
      <CoachingSettings settings={settings} save={save} />
      <EverydaySettings settings={settings} save={save} onError={setError} />
      <div class="row">
        <button
          type="button"
          onClick={() =>
            void save(
              {
                handfulSize: DEFAULT_SETTINGS.handfulSize,
                promoRatioGoal: DEFAULT_SETTINGS.promoRatioGoal,
                disabledRules: [],
                holdsEnabled: true,
                overlays: DEFAULT_SETTINGS.overlays,
                badge: DEFAULT_SETTINGS.badge,
              },
              t('settingsDefaultsRestored'),
            )
          }
        >
          {t('settingsRestoreDefaults')}
        </button>
      </div>
    </section>
  );
}
