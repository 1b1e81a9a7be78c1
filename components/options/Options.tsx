import { useState } from 'preact/hooks';
import { QuarantineNote } from '@/components/common/QuarantineNote';
import { useAsync } from '@/components/common/useAsync';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import { AccountPicker, accountFromHash } from './AccountPicker';
import { ArchiveSection } from './ArchiveSection';
import { DataSection } from './DataSection';
import { HealthSummary } from './HealthSummary';
import { SettingsSection } from './SettingsSection';

/**
 * The options page: one account chosen in the header, and for it the archive import (first: a new
 * user comes for it), how X's pages look, the settings, and the data to export, import or delete.
 */
export function Options() {
  const [status, reload] = useAsync(() => send('status.get', {}));
  const [chosenId, setChosenId] = useState(accountFromHash);
  const [wiped, setWiped] = useState('');
  const accounts = status.status === 'ready' ? status.value.accounts : [];
  // A chosen account that is gone (deleted, or a stale address) falls back to the last signed in.
  const account = accounts.find((a) => a.id === chosenId) ?? accounts[0];

  const choose = (id: string) => {
    setChosenId(id);
    setWiped('');
    history.replaceState(null, '', `#account=${encodeURIComponent(id)}`);
  };

  return (
    <main class="options">
      <header class="brand options-header">
        <img src="/icon/48.png" alt="" />
        <div>
          <h1>{t('extName')}</h1>
          <p class="muted">{t('optionsSubtitle')}</p>
        </div>
        {account && <AccountPicker accounts={accounts} chosen={account} onChoose={choose} />}
      </header>

      {status.status === 'error' && (
        <p class="notice bad" role="alert">
          {t('couldNotReadData', { error: status.message })}
        </p>
      )}
      {wiped && (
        <p class="notice good" role="status" data-testid="dt-wiped">
          {wiped}
        </p>
      )}
      {status.status === 'ready' && (
        <>
          {!account && (
            <p class="notice info" data-testid="dt-empty">
              {t('optionsNoAccount')}
            </p>
          )}
          {/* The archive first: it is what a new user comes here for. */}
          <ArchiveSection key={`archive-${account?.id}`} account={account} onImported={reload} />
          {account && (
            <div class="options-status" key={account.id}>
              <HealthSummary health={status.value.health} account={account.id} />
              <QuarantineNote quarantine={status.value.quarantine} account={account.id} />
            </div>
          )}
          <SettingsSection key={`settings-${account?.id}`} account={account} />
          {account && (
            <DataSection
              key={`data-${account.id}`}
              account={account}
              onChanged={reload}
              onWiped={(text) => {
                setWiped(text);
                reload();
              }}
            />
          )}
        </>
      )}
    </main>
  );
}
