import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toArchiveImport } from '@/lib/archive/to-events';
import type { ArchiveContents } from '@/lib/archive/types';
import { importArchive } from '@/lib/db/import-archive';
import { openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';
import { postEvents } from '@/lib/features/post-events';
import type { PageEvent } from '@/lib/messages/schemas';

/**
 * One row per real act, whoever reports it: the page (two tabs, each possibly resending a batch)
 * and the archive, in any order and at the same time. Acts are replies you posted, chat messages
 * both ways and likes, each with X's id.
 */
const me = { id: '1000000001', handle: 'dana_builds' };
const people = [
  { id: '2000000001', handle: 'mira_codes' },
  { id: '2000000002', handle: 'kenji_dev' },
  { id: '2000000003', handle: 'lena_vogel' },
];

type Act =
  | { kind: 'reply'; tweetId: string; to: number; text: string }
  | { kind: 'dm_out' | 'dm_in'; messageId: string; with: number; text: string }
  | { kind: 'like'; tweetId: string; author: number };

const act = fc.oneof(
  fc.record({
    kind: fc.constant('reply' as const),
    tweetId: fc.bigInt(10n ** 17n, 10n ** 18n).map(String),
    to: fc.nat(2),
    text: fc.string({ minLength: 1, maxLength: 40 }).map((s) => `hi ${s.replace(/[@＠#]/g, '')}`),
  }),
  fc.record({
    kind: fc.constantFrom('dm_out' as const, 'dm_in' as const),
    messageId: fc.bigInt(10n ** 17n, 10n ** 18n).map(String),
    with: fc.nat(2),
    text: fc.string({ minLength: 1, maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('like' as const),
    tweetId: fc.bigInt(10n ** 17n, 10n ** 18n).map(String),
    author: fc.nat(2),
  }),
);

/** What the page's readers make of an act (the same in every tab). */
function pageEvents(a: Act, at: number): PageEvent[] {
  if (a.kind === 'reply') {
    const to = people[a.to] as { id: string; handle: string };
    return postEvents(
      [
        {
          text: a.text,
          where: { kind: 'reply', replyTo: { tweetId: '1', author: { handle: to.handle }, text: '' } },
        },
      ],
      [a.tweetId],
      at,
    );
  }
  if (a.kind === 'like') {
    const p = people[a.author] as { id: string; handle: string };
    return [
      {
        type: 'interaction',
        key: `like_out:${a.tweetId}`,
        kind: 'like_out',
        person: { handle: p.handle },
        at,
        tweetId: a.tweetId,
      },
    ];
  }
  const p = people[a.with] as { id: string };
  return [
    { type: 'interaction', key: `dm:${a.messageId}`, kind: a.kind, person: { id: p.id }, at, text: a.text },
  ];
}

/** The archive holding the same acts. */
function archiveOf(acts: Act[]): ArchiveContents {
  return {
    version: 1,
    account: me,
    followers: [],
    following: [],
    posts: acts.flatMap((a) =>
      a.kind === 'reply'
        ? [
            {
              id: a.tweetId,
              text: a.text,
              createdAt: 1_700_000_000_000,
              kind: 'reply' as const,
              inReplyToTweetId: '1',
              inReplyToUserId: people[a.to]?.id,
              inReplyToHandle: people[a.to]?.handle,
              mentions: [],
              urls: [],
              isRetweet: false,
            },
          ]
        : [],
    ),
    dms: acts.flatMap((a) => {
      if (a.kind !== 'dm_out' && a.kind !== 'dm_in') return [];
      const other = (people[a.with] as { id: string }).id;
      return [
        {
          conversationId: `${me.id}-${other}`,
          messageId: a.messageId,
          senderId: a.kind === 'dm_out' ? me.id : other,
          recipientId: a.kind === 'dm_out' ? other : me.id,
          participants: [me.id, other].sort(),
          text: a.text,
          createdAt: 1_700_000_000_000,
          group: false,
        },
      ];
    }),
    likes: acts.flatMap((a) => (a.kind === 'like' ? [{ tweetId: a.tweetId }] : [])),
    meta: { generation: 'data-folder', files: [], missingFiles: [] },
  };
}

/** Who delivers what: a tab's batch (maybe resent), or the archive. */
const delivery = fc.oneof(
  fc.record({
    source: fc.constantFrom('tab1' as const, 'tab2' as const),
    resend: fc.boolean(),
    take: fc.nat(),
  }),
  fc.record({ source: fc.constant('archive' as const), resend: fc.boolean(), take: fc.nat() }),
);

describe('one key per real act', () => {
  it('page events, resends, two tabs and archive imports converge on one row per act', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(act, {
          minLength: 1,
          maxLength: 12,
          selector: (a) => ('tweetId' in a ? `t${a.tweetId}` : `m${a.messageId}`),
        }),
        fc.array(delivery, { minLength: 1, maxLength: 6 }),
        async (acts, deliveries) => {
          globalThis.indexedDB = new IDBFactory();
          const db = await openDatabase();
          // Each delivery reports a slice of the acts; together they report every act at least once.
          const runs = [...deliveries, { source: 'tab1' as const, resend: false, take: -1 }].map((d, i) => {
            const slice = d.take < 0 ? acts : acts.slice(0, (d.take % acts.length) + 1);
            if (d.source === 'archive') {
              const data = toArchiveImport(archiveOf(slice));
              return async () => {
                await importArchive(db, data);
                if (d.resend) await importArchive(db, data);
              };
            }
            const events = slice.flatMap((a) => pageEvents(a, 1_700_000_000_000 + i));
            return async () => {
              await recordEvents(db, me, events);
              if (d.resend) await recordEvents(db, me, events);
            };
          });
          // All at once: the background serves two tabs and an import in parallel.
          await Promise.all(runs.map((run) => run()));
          const interactions = await db.getAll('interactions');
          const posts = await db.getAll('posts');
          const wanted = acts.length; // each act is one interaction (a reply's is its reply_out)
          expect(interactions).toHaveLength(wanted);
          expect(new Set(interactions.map((r) => r.key)).size).toBe(wanted);
          expect(posts).toHaveLength(acts.filter((a) => a.kind === 'reply').length);
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('keys that do not drift', () => {
  it('keys a like notification by the liked post, not by "and 3 others"', async () => {
    const { notifiedPost } = await import('@/lib/x/notifications');
    const cell = (header: string, link = true) => {
      const el = document.createElement('article');
      el.innerHTML = `<span>${header} liked your post</span>${link ? '<a href="/dana_builds/status/1790000000000000042">x</a>' : ''}<div>Shipping the beta today</div>`;
      return el;
    };
    expect(notifiedPost(cell('Samir'), 'dana_builds')).toBe('1790000000000000042');
    expect(notifiedPost(cell('Samir and 3 others'), 'dana_builds')).toBe('1790000000000000042');
    expect(notifiedPost(cell('Samir', false), 'dana_builds')).toBe(
      notifiedPost(cell('Samir and 3 others', false), 'dana_builds'),
    );
  });

  it('matches a sent draft with X shortening its links', async () => {
    const { comparable } = await import('@/lib/features/post-events');
    expect(comparable('Read this https://example.com/a/very/long/path please')).toBe(
      comparable('Read this example.com/a/very/lo… please'),
    );
  });
});
