import { browser } from 'wxt/browser';
import type { Database } from '@/lib/db/open';
import { findContact, recentPosts, stageOfContact } from '@/lib/db/queries';
import { recordEvents } from '@/lib/db/record';
import type { Stage } from '@/lib/relationships/stage';
import { countRows, exportAccount, importExport, wipeAccount } from '@/lib/db/transfer';
import type { Input } from '@/lib/messages/protocol';
import type { HealthReport } from '@/lib/messages/schemas';
import type { Handlers } from './router';
import { isQuotaError, STORAGE_FULL_MESSAGE } from './router';

type HealthEntry = { account?: string; report: HealthReport };

/**
 * The background's answers. State lives in IndexedDB and storage.local only: the MV3 service
 * worker is stopped and restarted at will, so nothing may live only in memory.
 */
export function createHandlers(getDb: () => Promise<Database>): Handlers {
  return {
    ping: async () => ({ at: Date.now() }),

    'account.seen': async (account: { id: string; handle: string; name?: string }) => {
      const db = await getDb();
      const now = Date.now();
      const existing = await db.get('accounts', account.id);
      await db.put('accounts', {
        id: account.id,
        handle: account.handle,
        name: account.name ?? existing?.name,
        firstSeen: existing?.firstSeen ?? now,
        lastSeen: now,
      });
      return {};
    },

    'health.report': async (entry: HealthEntry) => {
      const { health = [] } = (await browser.storage.local.get('health')) as { health?: HealthEntry[] };
      const others = health.filter((h) => !(h.account === entry.account && h.report.route === entry.report.route));
      await browser.storage.local.set({ health: [entry, ...others].slice(0, 20) });
      return {};
    },

    'events.record': async (input: Input<'events.record'>) => {
      const db = await getDb();
      try {
        const result = await recordEvents(db, input.account, input.events);
        await browser.storage.local.remove('storageProblem');
        return result;
      } catch (error) {
        if (isQuotaError(error)) {
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
      for (const person of people) stages[person] = await stageOfContact(db, account, await findContact(db, account, person));
      const posts = await recentPosts(db, account, 50);
      return {
        stages,
        recentPosts: posts.map((p) => ({ at: p.at, verdict: p.verdict ?? 'broadcast', links: p.links, kind: p.kind })),
      };
    },

    'status.get': async () => {
      const db = await getDb();
      const accounts = (await db.getAll('accounts')).sort((a, b) => b.lastSeen - a.lastSeen);
      const stored = (await browser.storage.local.get(['health', 'storageProblem'])) as {
        health?: HealthEntry[];
        storageProblem?: { at: number; message: string };
      };
      return {
        accounts: accounts.map(({ id, handle, name, lastSeen }) => ({ id, handle, lastSeen, ...(name && { name }) })),
        health: stored.health ?? [],
        ...(stored.storageProblem && { storageProblem: stored.storageProblem }),
        counts: await countRows(db, accounts[0]?.id),
      };
    },

    'data.export': async ({ account }: { account: string }) => ({ json: await exportAccount(await getDb(), account) }),
    'data.import': async ({ json }: { json: string }) => ({ imported: await importExport(await getDb(), json) }),
    'data.wipe': async ({ account }: { account: string }) => ({ deleted: await wipeAccount(await getDb(), account) }),
  };
}
