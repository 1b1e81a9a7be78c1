import type { OldRow, UpgradeTx } from './types';

/**
 * v2: each contact carries its history's summary, stage and "unmet" flag, so the popup lists 100k
 * followers by index instead of reading every interaction. Back-fills existing rows.
 *
 * FROZEN: the summary and stage rules below are copies of lib/relationships as they were when v2
 * shipped. Never import live domain code here: a later change there must not rewrite old history.
 */
export async function migrateToV2(tx: UpgradeTx) {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('byUnmet', ['account', 'unmet', 'followerFirstSeen']);
  // Dropped in v5 (so not in today's schema type): a type-only cast, the migration is unchanged.
  contacts.createIndex('byStage' as never, ['account', 'stage']);
  const byContact = tx.objectStore('interactions').index('byContact');
  const now = Date.now();
  for (let cursor = await contacts.openCursor(); cursor; cursor = await cursor.continue()) {
    const row: OldRow = cursor.value;
    const history: OldRow[] = await byContact.getAll(
      IDBKeyRange.bound([row.account, row.key, -Infinity], [row.account, row.key, Infinity]),
    );
    const summary = summarizeV2(history);
    await cursor.update({ ...row, summary, ...deriveV2({ ...row, summary }, now) } as never);
  }
}

const DAY = 86_400_000;
const OUT = new Set(['reply_out', 'mention_out', 'quote_out', 'dm_out']);
const IN = new Set(['reply_in', 'mention_in', 'quote_in', 'dm_in']);
const ENGAGED = new Set(['reply_in', 'mention_in', 'quote_in', 'like_in', 'repost_in', 'dm_in']);

interface SummaryV2 {
  counts: Record<string, number>;
  lastAt?: number;
  lastKind?: string;
  lastOutAt?: number;
  lastInAt?: number;
  days: number[];
}

export function summarizeV2(history: Iterable<OldRow>): SummaryV2 {
  const s: SummaryV2 = { counts: {}, days: [] };
  for (const { kind, at } of history) {
    s.counts[kind] = (s.counts[kind] ?? 0) + 1;
    if (s.lastAt === undefined || at >= s.lastAt) {
      s.lastAt = at;
      s.lastKind = kind;
    }
    if (OUT.has(kind)) s.lastOutAt = Math.max(s.lastOutAt ?? at, at);
    if (IN.has(kind)) s.lastInAt = Math.max(s.lastInAt ?? at, at);
    if ((OUT.has(kind) || IN.has(kind)) && s.days.length < 3) {
      const day = Math.floor(at / DAY);
      if (!s.days.includes(day)) s.days.push(day);
    }
  }
  return s;
}

const sum = (s: SummaryV2, kinds: Set<string>) => [...kinds].reduce((n, k) => n + (s.counts[k] ?? 0), 0);

export function stageV2(s: SummaryV2 | undefined, metInPerson: boolean): string {
  if (metInPerson) return 'friend';
  if (!s || Object.keys(s.counts).length === 0) return 'stranger';
  const out = sum(s, OUT) > 0;
  const inbound = sum(s, IN) > 0;
  if (out && inbound) return s.days.length >= 3 ? 'friend' : 'conversing';
  if (out) return 'talked';
  return 'noticed';
}

function deriveV2(row: OldRow, now: number) {
  const stage = stageV2(row.summary, Boolean(row.metInPerson));
  const unmet = row.followsMe && (stage === 'stranger' || stage === 'noticed') && !row.hiddenAt;
  return {
    stage,
    unmet: !unmet ? 0 : (row.snoozedUntil ?? 0) > now ? 2 : 1,
    engagedMe: row.summary ? sum(row.summary, ENGAGED) : 0,
  };
}
