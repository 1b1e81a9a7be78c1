import { browser } from 'wxt/browser';
import { nextChangeByClock } from '@/lib/db/first-screen-times';
import type { Database } from '@/lib/db/open';
import {
  FIRST_SCREEN_FORMAT,
  FIRST_SCREEN_KEY,
  type FirstScreen,
  LAST_FIRST_SCREEN_KEY,
  settingsKeys,
  settingsStamp,
} from '@/lib/messages/first-screen';
import { firstScreenArea } from '@/lib/messages/first-screen-area';
import type { MessageType } from '@/lib/messages/protocol';
import { localDate } from '@/lib/relationships/handful';
import { showDueBadge } from './badge';
import { dueView } from './handlers-due';
import { FOUND_NOTICE_MS, handfulStorageKey, todaysHandful, viewAccount } from './handlers-popup';
import type { Handlers } from './router';

/**
 * Keeps the popup's first screen (lib/messages/first-screen.ts) ready in `firstScreenArea()`: built from
 * the live handlers themselves (`handful.get`, `due.get`), so it can only say what they would say.
 * Correctness rests on one rule: before any write starts, the snapshot is removed (and that removal
 * awaited), and a build stores its result only if no write started or was running since it began.
 * Then it is built again once writes have settled, at browser start, at install or update, when
 * settings change, and when the clock would change it (an alarm at its `validUntil`: midnight, the
 * next contact due, a snooze ending).
 * Each build is also kept as the last one (LAST_FIRST_SCREEN_KEY), which ordinary writes leave in
 * place (KEEPS_LAST): the popup opening in the SETTLE_MS before the rebuild shows it at once marked
 * "Updating…", inert, until its live answers replace it; never as current. Other writes remove it too.
 */

/**
 * Writes that change rows of the account shown, nothing else: they remove the first screen but keep
 * the last one built (LAST_FIRST_SCREEN_KEY), which the popup shows marked as updating until its
 * live answers come. Every other write (a wipe, an import, another account, settings) removes both.
 */
export const KEEPS_LAST = new Set<MessageType>([
  'events.record',
  'handful.act',
  'due.act',
  'due.cadence',
  'contact.update',
]);

/** Messages that change nothing the first screen shows; every other message counts as a write. */
export const READ_ONLY = new Set<MessageType>([
  'ping',
  'engine.load',
  'coach.context',
  'health.report',
  'contacts.lookup',
  'contact.get',
  // Wakes snoozes that ran out: the snapshot is never valid past a snooze's end anyway.
  'contacts.list',
  'status.get',
  // The builder's own reads (they may store the day's pick: the same one the snapshot holds).
  'handful.get',
  'due.get',
  'week.get',
  'balance.get',
  'data.export.begin',
  'data.export.page',
  // Which archive imports were cut short: read from the account rows, nothing written.
  'archive.import.status',
]);

export const FIRST_SCREEN_ALARM = 'dt-first-screen';
/** A write is usually one of several (a scroll on X sends a batch a second): build once they pause. */
export const SETTLE_MS = 750;
/** Never kept longer than this, whatever the clock says: a bound on anything not foreseen. */
export const MAX_AGE_MS = 60 * 60_000;

export interface FirstScreenKeeper {
  /**
   * Removes the snapshot; resolves once no popup can read it any more. With `keepLast`, the last
   * one built stays under LAST_FIRST_SCREEN_KEY (shown only as updating); without, it goes too.
   */
  beforeWrite(keepLast?: boolean): Promise<void>;
  /** A write finished (or failed): build again once no write runs for SETTLE_MS. */
  afterWrite(): void;
  /** Removes the snapshot and builds it again soon (an update of the extension, settings changed). */
  invalidate(): Promise<void>;
  /** Builds after `delayMs` (coalesced with a build already waiting). */
  schedule(delayMs?: number): void;
  /** Builds now; resolves to what was stored, or undefined when nothing was (no account, a write raced it). */
  build(): Promise<FirstScreen | undefined>;
  /** Whether an X tab seeing `account` signed in changes what the snapshot shows (another account, handle or name). */
  changesAccount(account: { id: string; handle: string; name?: string }): Promise<boolean>;
  /** Whether this worker stored the snapshot and no write removed it since. */
  readonly fresh: boolean;
}

export function createFirstScreenKeeper(
  getDb: () => Promise<Database>,
  {
    clock = Date.now,
    settleMs = SETTLE_MS,
    maxAgeMs = MAX_AGE_MS,
  }: { clock?: () => number; settleMs?: number; maxAgeMs?: number } = {},
): FirstScreenKeeper {
  /** Writes running now. */
  let writing = 0;
  /** Bumped when a write starts: a build that saw another number is stale. */
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Whether this worker stored the snapshot and nothing removed it since (unknown after a restart). */
  let fresh = false;

  /**
   * Whether the area may hold a snapshot: only this background writes it, so once removed
   * the next writes skip the storage call (a scroll on X sends a batch a second). Unknown at start.
   */
  let maybeStored = true;
  /** The same for the last snapshot (LAST_FIRST_SCREEN_KEY). */
  let lastMaybeStored = true;

  const remove = async (keepLast = false) => {
    generation++;
    fresh = false;
    const keys = [
      ...(maybeStored ? [FIRST_SCREEN_KEY] : []),
      ...(!keepLast && lastMaybeStored ? [LAST_FIRST_SCREEN_KEY] : []),
    ];
    if (keys.length === 0) return;
    await firstScreenArea().remove(keys);
    // A build that stored meanwhile set it again (it began after the bump above: nothing stale).
    if (!fresh) {
      maybeStored = false;
      if (!keepLast) lastMaybeStored = false;
    }
  };

  async function build(): Promise<FirstScreen | undefined> {
    if (writing > 0) return undefined;
    const started = generation;
    const db = await getDb();
    const now = clock();
    const account = await viewAccount(db);
    if (!account) {
      if (started === generation && writing === 0) await remove();
      return undefined;
    }
    // Settings are read before the answers are made from them: a change after this read makes the
    // stamp differ from what the popup reads, never the other way round.
    const settings = settingsStamp(await browser.storage.local.get(settingsKeys(account)), account);
    const handful = await todaysHandful(db, account, now);
    const due = await dueView(db, account, now);
    const byClock = await nextChangeByClock(db, account, now);
    const storageKey = handfulStorageKey(account, handful.date);
    const pick = (await browser.storage.local.get(storageKey))[storageKey] as
      | { foundAt?: number }
      | undefined;
    // Midnight by the calendar, not +24 h: a day with a clock change is 23 or 25 hours long.
    const tomorrow = new Date(now);
    tomorrow.setHours(24, 0, 0, 0);
    const times = [tomorrow.getTime(), now + maxAgeMs, byClock];
    if (handful.found !== undefined && pick?.foundAt !== undefined)
      times.push(pick.foundAt + FOUND_NOTICE_MS);
    const snapshot: FirstScreen = {
      format: FIRST_SCREEN_FORMAT,
      account,
      date: localDate(now),
      builtAt: now,
      validUntil: Math.min(...times),
      settings,
      handful,
      due,
    };
    // Checked and stored with no await in between: a write starting later removes it after this set.
    if (started !== generation || writing > 0) return undefined;
    maybeStored = true;
    lastMaybeStored = true;
    // One set: a popup reads both or neither.
    await firstScreenArea().set({ [FIRST_SCREEN_KEY]: snapshot, [LAST_FIRST_SCREEN_KEY]: snapshot });
    fresh = true;
    void showDueBadge(due.counts, account);
    void browser.alarms?.create(FIRST_SCREEN_ALARM, { when: snapshot.validUntil });
    return snapshot;
  }

  const schedule = (delayMs = settleMs) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      // The popup reads live when there is no snapshot: a failed build only costs speed.
      build().catch(() => {});
    }, delayMs);
  };

  return {
    async beforeWrite(keepLast = false) {
      writing++;
      try {
        await remove(keepLast);
      } catch (error) {
        writing--;
        throw error;
      }
    },
    afterWrite() {
      writing = Math.max(0, writing - 1);
      if (writing === 0) schedule();
    },
    async invalidate() {
      await this.beforeWrite();
      this.afterWrite();
    },
    schedule,
    build,
    async changesAccount(account) {
      const stored = (await firstScreenArea().get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY] as
        | FirstScreen
        | undefined;
      const shown = stored?.handful;
      // No snapshot: a build may be running, for the account shown until now.
      if (!shown) return true;
      return !(
        shown.account === account.id &&
        shown.handle === account.handle &&
        shown.name === account.name
      );
    },
    get fresh() {
      return fresh;
    },
  };
}

/**
 * Every handler that may write runs between `beforeWrite` and `afterWrite`; `account.seen` (sent at
 * every X page load) only when it changes the account shown; a live `handful.get` builds the
 * snapshot when this worker has none (the popup found none).
 */
export function withFirstScreen(handlers: Handlers, keeper: FirstScreenKeeper): Handlers {
  const wrapped = { ...handlers } as Record<MessageType, Handlers[MessageType]>;
  const guarded =
    (handler: Handlers[MessageType], keepLast = false): Handlers[MessageType] =>
    async (input: never, sender) => {
      await keeper.beforeWrite(keepLast);
      try {
        return await handler(input, sender);
      } finally {
        keeper.afterWrite();
      }
    };
  for (const type of Object.keys(handlers) as MessageType[]) {
    const handler = handlers[type];
    if (type === 'account.seen') {
      wrapped[type] = async (input: never, sender) => {
        const account = input as { id: string; handle: string; name?: string };
        return (await keeper.changesAccount(account))
          ? guarded(handler)(input, sender)
          : handler(input, sender);
      };
    } else if (type === 'handful.get') {
      wrapped[type] = async (input: never, sender) => {
        const out = await handler(input, sender);
        if (!keeper.fresh) keeper.schedule();
        return out;
      };
    } else if (!READ_ONLY.has(type)) wrapped[type] = guarded(handler, KEEPS_LAST.has(type));
  }
  return wrapped as Handlers;
}

/**
 * The build's other triggers, registered synchronously at the worker's start: its alarm (the clock
 * changed what it shows), an install or update (the code that built it changed), settings written
 * by the options page.
 */
export function watchFirstScreen(keeper: FirstScreenKeeper): void {
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === FIRST_SCREEN_ALARM) keeper.schedule(0);
  });
  browser.runtime.onInstalled?.addListener(() => void keeper.invalidate().catch(() => {}));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((k) => k === 'settings' || k.startsWith('settings:')))
      void keeper.invalidate().catch(() => {});
  });
}
