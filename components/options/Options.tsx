import { HealthList } from '@/components/common/HealthList';
import { QuarantineNote } from '@/components/common/QuarantineNote';
import { useAsync } from '@/components/common/useAsync';
import { send } from '@/lib/messages/client';
import { ArchiveSection } from './ArchiveSection';
import { DataSection } from './DataSection';
import { SettingsSection } from './SettingsSection';

/** The options page: account, health of each X page, and the user's data. */
export function Options() {
  const [status, reload] = useAsync(() => send('status.get', {}));
  const account = status.status === 'ready' ? status.value.accounts[0] : undefined;

  return (
    <main class="options">
      <header class="brand">
        <img src="/icon/48.png" alt="" />
        <div>
          <h1>Dinner Table</h1>
          <p class="muted">Settings and data</p>
        </div>
      </header>

      {status.status === 'error' && (
        <p class="notice bad" role="alert">
          Dinner Table could not read its data: {status.message}
        </p>
      )}
      {status.status === 'ready' && (
        <>
          <section class="card" aria-labelledby="account-title">
            <h2 id="account-title">Account</h2>
            {account ? (
              <p data-testid="dt-account">
                {account.name ? `${account.name} · ` : ''}@{account.handle}{' '}
                <span class="muted">(id {account.id})</span>
              </p>
            ) : (
              <p class="muted" data-testid="dt-empty">
                No X account seen yet. Open x.com and log in; Dinner Table keeps each account's data apart.
              </p>
            )}
            <HealthList health={status.value.health} account={account?.id} />
            <QuarantineNote quarantine={status.value.quarantine} account={account?.id} />
          </section>
          <SettingsSection accounts={status.value.accounts} />
          <ArchiveSection account={account} onImported={reload} />
          {account && <DataSection account={account} onChanged={reload} />}
        </>
      )}
    </main>
  );
}
