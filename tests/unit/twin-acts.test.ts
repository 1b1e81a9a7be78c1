// @vitest-environment node
// One message or repost seen on X's pages and found again in the archive is stored once, whichever
// comes first, though the two name it differently (lib/db/twin-acts.ts).
import { describe, expect, it } from 'vitest';
import { sendArchiveImport } from '@/components/options/archive-transport';
import { toArchiveImport } from '@/lib/archive/to-events';
import type { ArchiveContents } from '@/lib/archive/types';
import { backgroundOnFreshDatabase, contentScript, DANA } from '../archive/background-harness';

const { state, send } = backgroundOnFreshDatabase();
const CAROL = { id: '3003', handle: 'carol' };
const T = 1_750_000_000_000;
const REPOSTED = '1800000000000000001';

/** Carol's message and Dana's repost of Carol's post, as the archive has them. */
const archive = (messages: { id: string; at: number; text: string }[]): ArchiveContents => ({
  version: 1,
  account: { id: DANA.id, handle: DANA.handle },
  followers: [],
  following: [],
  posts: [
    {
      id: '1800000000000000999',
      text: 'RT @carol: hello',
      createdAt: T + 2_000,
      kind: 'post',
      mentions: [CAROL],
      urls: [],
      isRetweet: true,
    },
  ],
  dms: messages.map((m) => ({
    conversationId: `${CAROL.id}-${DANA.id}`,
    messageId: m.id,
    senderId: CAROL.id,
    recipientId: DANA.id,
    participants: [CAROL.id, DANA.id],
    text: m.text,
    createdAt: m.at,
    group: false,
  })),
  likes: [],
  meta: { generation: 'data-folder', files: [], missingFiles: [] },
});

/** The same acts as the page records them: X Chat's uuid, and the reposted post's id at the click. */
const pageEvents = [
  { type: 'profile', person: CAROL, at: T },
  {
    type: 'interaction',
    key: `repost_out:${REPOSTED}`,
    kind: 'repost_out',
    person: { handle: 'carol' },
    at: T,
    tweetId: REPOSTED,
  },
  {
    type: 'interaction',
    key: 'dm:48453bc9-a712-4e1b-941f-308ac97c0f09',
    kind: 'dm_in',
    person: { id: CAROL.id },
    at: T + 60_000,
    text: 'hi!',
  },
];

const kinds = async () => (await state.db.getAll('interactions')).map((r) => r.kind).sort();
const counts = async () => (await state.db.get('contacts', [DANA.id, CAROL.id]))?.summary?.counts;

describe('an act seen on the page and in the archive', () => {
  it('is stored once when the page saw it first', async () => {
    await send('account.seen', DANA, contentScript);
    await send('events.record', { account: DANA, batchId: 'p', events: pageEvents }, contentScript);
    await sendArchiveImport(
      toArchiveImport(archive([{ id: '1800000000000000555', at: T + 61_000, text: 'hi!' }])),
      send,
    );
    expect(await kinds()).toEqual(['dm_in', 'repost_out']);
    expect(await counts()).toMatchObject({ dm_in: 1, repost_out: 1 });
  });

  it('is stored once when the archive brought it first', async () => {
    await send('account.seen', DANA, contentScript);
    await sendArchiveImport(
      toArchiveImport(archive([{ id: '1800000000000000555', at: T + 61_000, text: 'hi!' }])),
      send,
    );
    await send('events.record', { account: DANA, batchId: 'p', events: pageEvents }, contentScript);
    expect(await kinds()).toEqual(['dm_in', 'repost_out']);
    expect(await counts()).toMatchObject({ dm_in: 1, repost_out: 1 });
  });

  it('keeps two messages alike the archive itself holds, and another text or a later time apart', async () => {
    await send('account.seen', DANA, contentScript);
    await send('events.record', { account: DANA, batchId: 'p', events: pageEvents }, contentScript);
    await sendArchiveImport(
      toArchiveImport(
        archive([
          { id: '1800000000000000555', at: T + 61_000, text: 'hi!' },
          { id: '1800000000000000556', at: T + 62_000, text: 'hi!' },
          { id: '1800000000000000557', at: T + 63_000, text: 'how are you?' },
          { id: '1800000000000000558', at: T + 3_600_000, text: 'hi!' },
        ]),
      ),
      send,
    );
    expect(await counts()).toMatchObject({ dm_in: 4 });
  });
});
