import './settings.css';
import { useEffect, useState } from 'preact/hooks';
import { RULES } from '@/lib/coach';
import { type MessageKey, t } from '@/lib/i18n/t';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  type Settings,
  saveSettings,
} from '@/lib/settings/settings';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Cleans what a person types as a domain: "https://www.Example.com/page" becomes "example.com". */
export function normalizeDomain(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  return DOMAIN.test(text) ? text : null;
}

/** The toolbar badge's choices (lib/background/badge.ts), in the order shown. */
const BADGE_CHOICES = {
  'reply-backs': 'badgeReplyBacks',
  due: 'badgeDue',
  off: 'badgeOff',
} as const satisfies Record<Settings['badge'], MessageKey>;

/**
 * The options page's settings for the account chosen in its header (each account has its own): your
 * own domains, the daily handful, the promo goal, each coaching rule and the hold, the overlays on
 * X. Saved as you change them.
 */
export function SettingsSection({ account }: { account?: { id: string; handle: string } }) {
  const id = account?.id;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');
  const [domain, setDomain] = useState('');
  const [domainError, setDomainError] = useState('');

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
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (!settings)
    return (
      <section class="card" aria-labelledby="settings-title" data-testid="dt-settings">
        <h2 id="settings-title">Settings</h2>
        {error ? (
          <p class="notice bad" role="alert">
            Could not read the settings: {error}
          </p>
        ) : (
          <p class="muted">Loading…</p>
        )}
      </section>
    );

  const addDomain = (event: Event) => {
    event.preventDefault();
    const clean = normalizeDomain(domain);
    if (!clean) {
      setDomainError(`“${domain.trim()}” is not a domain. Type one like example.com.`);
      return;
    }
    setDomainError('');
    setDomain('');
    if (settings.ownDomains.includes(clean)) return setSaid(`${clean} is already in your list.`);
    void save({ ownDomains: [...settings.ownDomains, clean] }, `${clean} added.`);
  };
  const disabled = new Set(settings.disabledRules);

  return (
    <section class="card settings" aria-labelledby="settings-title" data-testid="dt-settings">
      <h2 id="settings-title">Settings{account ? ` for @${account.handle}` : ''}</h2>
      <p class="small muted" role="status" aria-live="polite" data-testid="dt-settings-status">
        {said || 'Changes are saved as you make them.'}
      </p>
      {error && (
        <p class="notice bad" role="alert">
          Not saved: {error}
        </p>
      )}

      <fieldset data-testid="dt-settings-domains">
        <legend>Your own domains</legend>
        <p class="muted small">Links to these count as promoting yourself.</p>
        <form class="row" onSubmit={addDomain}>
          <label for="own-domain" class="visually-hidden">
            Add a domain
          </label>
          <input
            id="own-domain"
            value={domain}
            placeholder="example.com"
            maxLength={300}
            aria-invalid={Boolean(domainError)}
            aria-describedby={domainError ? 'own-domain-error' : undefined}
            onInput={(e) => setDomain((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
        {domainError && (
          <p id="own-domain-error" class="notice bad small" role="alert">
            {domainError}
          </p>
        )}
        <DomainList
          title="Added by you"
          domains={settings.ownDomains}
          empty="None yet."
          onRemove={(d) =>
            void save({ ownDomains: settings.ownDomains.filter((x) => x !== d) }, `${d} removed.`)
          }
        />
        <DomainList
          title="Learned from your profile and links"
          domains={settings.learnedDomains}
          empty="Nothing learned yet."
          onRemove={(d) =>
            void save({ learnedDomains: settings.learnedDomains.filter((x) => x !== d) }, `${d} removed.`)
          }
        />
      </fieldset>

      <fieldset>
        <legend>Daily handful</legend>
        <div class="row">
          <label for="handful-size">People to meet each day</label>
          <input
            id="handful-size"
            type="number"
            min={1}
            max={20}
            value={settings.handfulSize}
            onChange={(e) => {
              const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
              if (!Number.isFinite(n) || n < 1 || n > 20) {
                setError('The handful is 1 to 20 people.');
                (e.currentTarget as HTMLInputElement).value = String(settings.handfulSize);
                return;
              }
              void save({ handfulSize: n }, `Handful: ${n} a day.`);
            }}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('badgeLegend')}</legend>
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
        <legend>Promotion goal</legend>
        <div class="row">
          <label for="promo-goal">At most this share of your posts promotional</label>
          <select
            id="promo-goal"
            value={String(Math.round(settings.promoRatioGoal * 100))}
            onChange={(e) => {
              const pct = Number((e.currentTarget as HTMLSelectElement).value);
              void save({ promoRatioGoal: pct / 100 }, `Goal: at most ${pct}% promotional.`);
            }}
          >
            {[0, 5, 10, 15, 20, 25, 30, 40, 50].map((p) => (
              <option key={p} value={String(p)}>
                {p}%
              </option>
            ))}
          </select>
        </div>
        <p class="muted small">The 10% and 80/20 rules say 10 to 20%.</p>
      </fieldset>

      <fieldset data-testid="dt-settings-rules">
        <legend>Coaching</legend>
        <label class="toggle">
          <input
            type="checkbox"
            checked={settings.holdsEnabled}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              void save({ holdsEnabled: on }, on ? 'Holding Post once is on.' : 'Holding Post is off.');
            }}
          />
          <span>
            <strong>Hold the Post click once</strong>
            <span class="muted small">
              {' '}
              to show a nudge before a promotional post (Post anyway is always there)
            </span>
          </span>
        </label>
        {RULES.map((rule) => (
          <label class="toggle" key={rule.id} data-rule={rule.id}>
            <input
              type="checkbox"
              checked={!disabled.has(rule.id)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                const next = on
                  ? settings.disabledRules.filter((r) => r !== rule.id)
                  : [...settings.disabledRules, rule.id];
                void save({ disabledRules: next }, `${rule.name}: ${on ? 'on' : 'off'}.`);
              }}
            />
            <span>
              <strong>{rule.name}</strong>
              <span class="muted small"> {rule.description}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>On X</legend>
        {(
          [
            ['badges', 'Badges on the timeline', 'where you stand with each author'],
            ['profileCard', 'Card on profiles', 'your history with the person'],
            ['lists', 'Marks in follower lists', 'who you have not met yet'],
          ] as const
        ).map(([key, name, what]) => (
          <label class="toggle" key={key}>
            <input
              type="checkbox"
              checked={settings.overlays[key]}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void save(
                  { overlays: { ...settings.overlays, [key]: on } },
                  `${name}: ${on ? 'on' : 'off'}.`,
                );
              }}
            />
            <span>
              <strong>{name}</strong>
              <span class="muted small"> {what}</span>
            </span>
          </label>
        ))}
      </fieldset>

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
              'Coaching, handful and overlays are back to their defaults.',
            )
          }
        >
          Restore defaults
        </button>
      </div>
    </section>
  );
}

function DomainList({
  title,
  domains,
  empty,
  onRemove,
}: {
  title: string;
  domains: string[];
  empty: string;
  onRemove: (domain: string) => void;
}) {
  return (
    <div class="domains">
      <h3 class="small">{title}</h3>
      {domains.length === 0 ? (
        <p class="muted small">{empty}</p>
      ) : (
        <ul class="domain-list">
          {domains.map((d) => (
            <li key={d}>
              <span>{d}</span>
              <button type="button" aria-label={`Remove ${d}`} onClick={() => onRemove(d)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
