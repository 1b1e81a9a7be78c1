import { browser } from 'wxt/browser';
import { seenAccountRow } from '@/lib/db/account-row';
import { listContacts } from '@/lib/db/contact-list';
import { updateContact } from '@/lib/db/contact-update';
import { toContactView, toInteractionView } from '@/lib/db/contact-view';
import type { Database } from '@/lib/db/open';
import { findContact, interactionsOf, recentPosts, stageOfContact } from '@/lib/db/queries';
import { recordEachIfNeeded } from '@/lib/db/record-each';
import { wipeAccount } from '@/lib/db/transfer';
import { ACCOUNT_ROUTE } from '@/lib/features/account-guard';
import { MessageError } from '@/lib/messages/errors';
import { clip, LIMITS } from '@/lib/messages/limits';
import type { ContactView, Input } from '@/lib/messages/protocol';
import type { Account, HealthReport } from '@/lib/messages/schemas';
import { validateEvents } from '@/lib/messages/validate-events';
import { localDate, MEETING_KINDS } from '@/lib/relationships/handful';
import type { Stage } from '@/lib/relationships/stage';
import { refreshDueBadge } from './badge';
import { injectEngine } from './engine-inject';
import { fault, quotaError } from './faults';
import { forgetInStorage } from './forget-account';
import { createArchiveHandlers } from './handlers-archive';
import { createDueHandlers } from './handlers-due';
import { createPopupHandlers, prepareTodaysHandful } from './handlers-popup';
import { createTransferHandlers } from './handlers-transfer';
import { learnOwnDomains, websiteOrLinks } from './learn-domains';
import { forgetQuarantine, noteQuarantined, readQuarantine } from './quarantine';
import type { Handlers } from './router';
import { isQuotaError, STORAGE_FULL_MESSAGE } from './router';
import { throttled } from './throttled';

/** How late the badge and the day's handful may be after recorded events. */
const REFRESH_MS = 1000;

type HealthEntry = { account?: string; report: HealthReport };

/**
 * The background's answers. State lives in IndexedDB and storage.local only: the MV3 service
 * worker is stopped and restarted at will, so nothing may live only in memory.
 */
export function createHandlers(openDb: () => Promise<Database>): Handlers {
  // A database that cannot be opened now (blocked, being upgraded, gone) is no fault of the message:
  // answered "unavailable", which the content script waits out with its batch kept (event-queue.ts)
  // instead of counting it against the batch's events. A full disk keeps its own answer.
  const getDb = () =>
    openDb().catch((error: unknown) => {
      if (isQuotaError(error) || error instanceof MessageError) throw error;
      throw new MessageError('unavailable', `The database could not be opened: ${String(error)}`);
    });
  /** Whether the popup may be showing a full-disk message (unknown after a restart: clear it once). */
  let storageProblemShown: boolean | undefined;
  /** The day the handful and badge were last refreshed by this worker. */
  let handfulRefreshedOn: string | undefined;
  // After recorded events, within a second: one refresh for a stream of batches, not one each
  // (the badge reads up to 600 due rows; the pick reads the unmet pool).
  const handfulSoon = throttled(() => prepareTodaysHandful(getDb), REFRESH_MS);
  const badgeSoon = throttled(() => refreshDueBadge(getDb), REFRESH_MS);
  return {
    ...createPopupHandlers(getDb),
    ...createDueHandlers(getDb),
    ...createArchiveHandlers(getDb),
    ...createTransferHandlers(getDb),
    ping: async () => ({ at: Date.now() }),
    'engine.load': ({ name }: Input<'engine.load'>, sender) => injectEngine(name, sender),

    'account.seen': async (account: { id: string; handle: string; name?: string }) => {
      const db = await getDb();
      const now = Date.now();
      // Read and written in one transaction: a wipe, an import or a count between the two would
      // otherwise be undone by writing back the row as it was read.
      const tx = db.transaction('accounts', 'readwrite');
      // The account signed in now is the latest seen even if the clock was ahead at an earlier
      // visit of another one: the popup shows the account you are on.
      const others = (await tx.store.getAll()).filter((row) => row.id !== account.id);
      const after = Math.max(now, ...others.map((row) => row.lastSeen + 1));
      await tx.store.put(seenAccountRow(await tx.store.get(account.id), account, after));
      await tx.done;
      // A tab that starts with X's handle and id in agreement ends an earlier tab's mismatch warning.
      const { health } = (await browser.storage.local.get('health')) as { health?: HealthEntry[] };
      if (health?.some((h) => h.account === account.id && h.report.route === ACCOUNT_ROUTE))
        await browser.storage.local.set({
          health: health.filter((h) => !(h.account === account.id && h.report.route === ACCOUNT_ROUTE)),
        });
      return {};
    },

    'health.report': async (entry: HealthEntry) => {
      const { health = [] } = (await browser.storage.local.get('health')) as { health?: HealthEntry[] };
      const others = health.filter(
        (h) => !(h.account === entry.account && h.report.route === entry.report.route),
      );
      await browser.storage.local.set({ health: [entry, ...others].slice(0, 20) });
      return {};
    },

    'events.record': async (input: Input<'events.record'>) => {
      const db = await getDb();
      // The fault suite's database closed under load: this batch fails and is resent, the next opens again.
      if (await fault('close-db')) db.close();
      const { valid, quarantined } = validateEvents(input.events);
      const account: Account = {
        id: input.account.id,
        handle: input.account.handle,
        ...(input.account.name && { name: clip(input.account.name, LIMITS.accountName) }),
      };
      try {
        if (await fault('quota-events')) throw quotaError();
        const result = valid.length
          ? await recordEachIfNeeded(db, account, valid, quarantined)
          : { stored: 0, duplicates: 0 };
        await noteQuarantined(account.id, quarantined).catch(() => {});
        // Keeps the toolbar's "2/5 met today" current and makes the day's pick before the popup asks:
        // once a day, and again only when this batch may have met someone (the pick is not cheap).
        // The same local day the handful's pick is stored under (handlers-popup), not a second notion of it.
        const today = localDate();
        const mayMeet = valid.some(
          (e) => e.type === 'post' || (e.type === 'interaction' && MEETING_KINDS.has(e.kind)),
        );
        if (mayMeet || handfulRefreshedOn !== today) {
          handfulRefreshedOn = today;
          handfulSoon();
        }
        // Someone wrote to you, or you answered: the count of replies owed may have changed.
        if (valid.some((e) => e.type === 'interaction' || e.type === 'post')) badgeSoon();
        // Your website on your own profile, or a link you posted: maybe one of your own domains.
        const teaches = websiteOrLinks(valid, account);
        if (teaches.learn) void learnOwnDomains(db, account.id, teaches.website).catch(() => {});
        if (storageProblemShown !== false) {
          await browser.storage.local.remove('storageProblem');
          storageProblemShown = false;
        }
        return { ...result, quarantined: quarantined.length };
      } catch (error) {
        if (isQuotaError(error)) {
          storageProblemShown = true;
          await browser.storage.local
            .set({ storageProblem: { at: Date.now(), message: STORAGE_FULL_MESSAGE } })
            .catch(() => {});
        }
        throw error;
      }
    },

    'coach.context': async ({ account, people }: Input<'coach.context'>) => {
      const db = await getDb();
      const stages: Record<string, Stage> = {};
      for (const person of people) stages[person] = stageOfContact(await findContact(db, account, person));
      const posts = await recentPosts(db, account, 50);
      return {
        stages,
        recentPosts: posts.map((p) => ({
          at: p.at,
          verdict: p.verdict ?? 'broadcast',
          links: p.links,
          kind: p.kind,
        })),
      };
    },

    'contacts.lookup': async ({ account, people }: Input<'contacts.lookup'>) => {
      const db = await getDb();
      const contacts: Record<string, ContactView | null> = {};
      for (const person of people) {
        const row = await findContact(db, account, person);
        contacts[person] = row ? toContactView(row) : null;
      }
      return { contacts };
    },

    'contact.get': async ({ account, person, historyLimit = 200 }: Input<'contact.get'>) => {
      const db = await getDb();
      const row = await findContact(db, account, person);
      if (!row) return { contact: null, history: [] };
      const history = (await interactionsOf(db, account, row.key)).reverse().slice(0, historyLimit);
      return { contact: toContactView(row), history: history.map(toInteractionView) };
    },

    'contact.update': async (input: Input<'contact.update'>) => ({
      contact: toContactView(await updateContact(await getDb(), input)),
    }),

    'contacts.list': async ({ account, ...query }: Input<'contacts.list'>) => {
      const { total, rows } = await listContacts(await getDb(), account, query);
      return { total, rows: rows.map(toContactView) };
    },

    'status.get': async () => {
      const db = await getDb();
      const accounts = (await db.getAll('accounts')).sort((a, b) => b.lastSeen - a.lastSeen);
      const stored = (await browser.storage.local.get(['health', 'storageProblem'])) as {
        health?: HealthEntry[];
        storageProblem?: { at: number; message: string };
      };
      const quarantine = await readQuarantine();
      return {
        accounts: accounts.map(({ id, handle, name, lastSeen }) => ({
          id,
          handle,
          lastSeen,
          ...(name && { name }),
        })),
        health: stored.health ?? [],
        ...(stored.storageProblem && { storageProblem: stored.storageProblem }),
        ...(quarantine.length && { quarantine }),
      };
    },

    'data.wipe': async ({ account }: { account: string }) => {
      const deleted = await wipeAccount(await getDb(), account);
      await forgetQuarantine(account);
      await forgetInStorage(account);
      return { deleted };
    },
  };
}
