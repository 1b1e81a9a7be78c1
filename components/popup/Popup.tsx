import { browser } from 'wxt/browser';
import { HealthList } from '@/components/common/HealthList';
import { useAsync } from '@/components/common/useAsync';
import { send } from '@/lib/messages/client';

/** The toolbar popup: who you are on X, and where Dinner Table stands. */
export function Popup() {
  const [status] = useAsync(() => send('status.get', {}));

  return (
    <main class="popup">
      <header class="brand">
        <img src="/icon/48.png" alt="" />
        <div>
          <h1>Dinner Table</h1>
          {status.status === 'ready' && status.value.accounts[0] ? (
            <p class="muted" data-testid="dt-account">
              {status.value.accounts[0].name ? `${status.value.accounts[0].name} · ` : ''}@
              {status.value.accounts[0].handle}
            </p>
          ) : (
            <p class="muted">Talk with people, not at them.</p>
          )}
        </div>
      </header>

      {status.status === 'loading' && <p class="muted">Loading…</p>}
      {status.status === 'error' && (
        <p class="notice bad" role="alert">
          Dinner Table could not read its data: {status.message}
        </p>
      )}
      {status.status === 'ready' && (
        <>
          {status.value.storageProblem && (
            <p class="notice bad" role="alert" data-testid="dt-storage-problem">
              {status.value.storageProblem.message}
            </p>
          )}
          {status.value.accounts.length === 0 ? (
            <section class="card empty" data-testid="dt-empty">
              <h2>No X account yet</h2>
              <p class="empty-text">
                Open <a href="https://x.com/home">x.com</a> and log in. Dinner Table starts as soon as it sees
                your account, and keeps everything on this computer.
              </p>
            </section>
          ) : (
            <section class="card" aria-labelledby="health-title">
              <h2 id="health-title">On X</h2>
              <HealthList health={status.value.health} account={status.value.accounts[0]?.id} />
            </section>
          )}
        </>
      )}

      <footer>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings and data
        </button>
      </footer>
    </main>
  );
}
