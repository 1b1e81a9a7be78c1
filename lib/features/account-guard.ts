import type { Account } from '@/lib/messages/schemas';

/** The health report's route and token for a tab that stopped recording (components/common/HealthList). */
export const ACCOUNT_ROUTE = 'account';
export const ACCOUNT_MISMATCH = 'account-mismatch';

/** How often a tab checks that X still shows the account it records for. */
const CHECK_MS = 3000;

export interface AccountSigns {
  /** The id in X's `twid` cookie now. */
  cookieId?: string;
  /** The handle X's side bar (or account switcher) shows now. */
  domHandle?: string;
  /** The handle X's own responses give the cookie's id (the network lens), once seen. */
  lensHandle?: string;
}

/**
 * Whether the page no longer agrees with the account this tab records for: the cookie names another
 * id (an account switch in another tab), or the page or X's data names another handle for it.
 * A sign that is absent (X moved its side bar, the lens saw nothing yet) proves nothing.
 */
export function accountMismatch(account: Account, signs: AccountSigns): boolean {
  const handle = account.handle.toLowerCase();
  if (signs.cookieId && signs.cookieId !== account.id) return true;
  if (signs.domHandle && signs.domHandle.toLowerCase() !== handle) return true;
  return Boolean(signs.lensHandle && signs.lensHandle.toLowerCase() !== handle);
}

/**
 * Checks every few seconds, and when the tab comes back into view, that X's handle and id still
 * belong to `account`; the first time they do not, calls `onMismatch` once and stops. Recording
 * another account's page under this one would mix two people's records, so the tab stops instead.
 */
export function watchAccount(
  account: Account,
  read: () => AccountSigns,
  onMismatch: () => void,
  signal: AbortSignal,
  everyMs = CHECK_MS,
) {
  const check = () => {
    if (signal.aborted || !accountMismatch(account, read())) return;
    stop();
    onMismatch();
  };
  const timer = setInterval(check, everyMs);
  const stop = () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', check);
  };
  document.addEventListener('visibilitychange', check);
  signal.addEventListener('abort', stop, { once: true });
  return { check };
}
