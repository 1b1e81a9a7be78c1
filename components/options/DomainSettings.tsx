import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { normalizeDomain } from '@/lib/settings/own-domains';
import type { Settings } from '@/lib/settings/settings';
import type { SaveSettings } from './settings-save';

interface Props {
  settings: Settings;
  save: SaveSettings;
  onSaid(text: string): void;
}

/**
 * Your own domains: the ones you typed, and the ones Dinner Table learned from your profile's
 * website and the sites you link to often. Removing a learned one keeps it from being learned again.
 */
export function DomainSettings({ settings, save, onSaid }: Props) {
  const [domain, setDomain] = useState('');
  const [error, setError] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const clean = normalizeDomain(domain);
    if (!clean) {
      setError(t('domainInvalid', { text: domain.trim() }));
      return;
    }
    setError('');
    setDomain('');
    if (settings.ownDomains.includes(clean)) return onSaid(t('domainAlreadyListed', { domain: clean }));
    void save({ ownDomains: [...settings.ownDomains, clean] }, t('domainAdded', { domain: clean }));
  };

  return (
    <fieldset data-testid="dt-settings-domains">
      <legend>{t('domainsTitle')}</legend>
      <p class="muted small">{t('domainsAbout')}</p>
      <form class="row" onSubmit={add}>
        <label for="own-domain" class="visually-hidden">
          {t('domainAddLabel')}
        </label>
        <input
          id="own-domain"
          value={domain}
          placeholder={t('domainPlaceholder')}
          maxLength={300}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'own-domain-error' : undefined}
          onInput={(e) => setDomain((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('domainAdd')}</button>
      </form>
      {error && (
        <p id="own-domain-error" class="notice bad small" role="alert">
          {error}
        </p>
      )}
      <div class="domain-columns">
        <DomainList
          title={t('domainsAddedByYou')}
          domains={settings.ownDomains}
          empty={t('domainsNoneYet')}
          testId="dt-own-domains"
          onRemove={(d) =>
            void save(
              { ownDomains: settings.ownDomains.filter((x) => x !== d) },
              t('domainRemoved', { domain: d }),
            )
          }
        />
        <DomainList
          title={t('domainsLearned')}
          about={t('domainsLearnedAbout')}
          domains={settings.learnedDomains}
          empty={t('domainsNothingLearned')}
          testId="dt-learned-domains"
          onRemove={(d) =>
            void save(
              {
                learnedDomains: settings.learnedDomains.filter((x) => x !== d),
                forgottenDomains: [...new Set([...settings.forgottenDomains, d])],
              },
              t('domainRemoved', { domain: d }),
            )
          }
        />
      </div>
    </fieldset>
  );
}

function DomainList(props: {
  title: string;
  about?: string;
  domains: string[];
  empty: string;
  testId: string;
  onRemove: (domain: string) => void;
}) {
  return (
    <div class="domains" data-testid={props.testId}>
      <h3>{props.title}</h3>
      {props.about && <p class="muted small">{props.about}</p>}
      {props.domains.length === 0 ? (
        <p class="muted small">{props.empty}</p>
      ) : (
        <ul class="chip-list domain-list">
          {props.domains.map((d) => (
            <li key={d} data-domain={d}>
              <span>{d}</span>
              <button
                type="button"
                aria-label={t('domainRemoveLabel', { domain: d })}
                onClick={() => props.onRemove(d)}
              >
                {t('domainRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
