import { t } from '@/lib/i18n/t';

export interface AccountChoice {
  id: string;
  handle: string;
  name?: string;
}

interface Props {
  /** Newest first: the first is the account last seen signed in on X. */
  accounts: AccountChoice[];
  chosen: AccountChoice;
  onChoose(id: string): void;
}

/**
 * The options page's one account selector, in its header: every section below shows and acts on
 * the account chosen here (export, import, delete, settings). It changes nothing else: the popup
 * keeps showing the account signed in on X.
 */
export function AccountPicker({ accounts, chosen, onChoose }: Props) {
  const signedIn = accounts[0]?.id;
  const describe = (a: AccountChoice) => {
    const who = `${a.name ? `${a.name} · ` : ''}@${a.handle}`;
    return a.id === signedIn ? t('accountLastSignedIn', { account: who }) : who;
  };
  if (accounts.length < 2)
    return (
      <p class="account-picker" data-testid="dt-account" data-account={chosen.id} dir="auto">
        {describe(chosen)}
      </p>
    );
  return (
    <div class="account-picker">
      <label for="options-account">{t('accountLabel')}</label>
      <select
        id="options-account"
        data-testid="dt-account-select"
        value={chosen.id}
        onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}
      >
        {accounts.map((a) => (
          // The name is the person's own text: its direction is its own.
          <option key={a.id} value={a.id} dir="auto">
            {describe(a)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The account named in the page's address (`#account=<id>`), so a reload keeps the choice. */
export function accountFromHash(hash = location.hash): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('account') ?? undefined;
}
