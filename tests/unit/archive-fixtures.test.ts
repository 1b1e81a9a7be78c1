// @vitest-environment node
import { expect, it } from 'vitest';
import type { ArchiveError } from '../../lib/archive/errors';
import { readArchive } from '../../lib/archive/read-zip';
import type { ArchiveContents } from '../../lib/archive/types';
import { fixtureArchives, fixtureFiles, fixtureZipEntries, zipFiles } from '../archive/fixture-helpers';
import { describeWithFixtures } from '../shared-fixtures';

// Expected numbers were counted by hand with grep on the raw fixture files (unique "accountId" per
// follower/following file, "full_text"/"id_str" records per tweet file, "messageCreate" + "welcomeMessageCreate"
// events per DM file, unique "tweetId" per like file, "in_reply_to_user_id_str" for replies, `"RT @` for RTs),
// not with the reader under test.
interface Expected {
  id: string;
  handle: string;
  followers: number;
  following: number;
  posts: number;
  dms: number;
  likes: number;
  replies?: number;
  retweets?: number;
}

const EXPECTED: Record<string, Expected | { error: ArchiveError['code'] }> = {
  'Ezilryb_X/2026-07-25_47630e1': {
    id: '2043360286044766208',
    handle: 'BetaCapitalWEB',
    followers: 102,
    following: 0,
    posts: 0,
    dms: 0,
    likes: 0,
  },
  'FullStackForger_tweets/legacy-grailbird-2015_972eb70': {
    id: '5703342',
    handle: 'phocks',
    followers: 0,
    following: 0,
    posts: 96,
    dms: 0,
    likes: 0,
    replies: 3,
    retweets: 0,
  },
  'ajitg25_twitter-analytics/2025-12-02_ce3209a': {
    id: '1274417026493276160',
    handle: 'ranigupta_20',
    followers: 76,
    following: 185,
    posts: 122,
    dms: 38,
    likes: 636,
    replies: 121,
    retweets: 0,
  },
  'andreruffert_twitter/2022-11-14_28aab96': {
    id: '112769581',
    handle: 'andreruffert',
    followers: 420,
    following: 295,
    posts: 110,
    dms: 0,
    likes: 640,
    replies: 30,
    retweets: 37,
  },
  'dogsheep_twitter-to-sqlite/2019-fixture_f09d611': {
    id: '12497',
    handle: 'simonw',
    followers: 2,
    following: 2,
    posts: 0,
    dms: 0,
    likes: 0,
  },
  'dsajgiouawj_TweetArchive/2020-10-22_cd30c08': {
    id: '4688937990',
    handle: 'E31415926',
    followers: 0,
    following: 0,
    posts: 208,
    dms: 0,
    likes: 561,
    replies: 45,
    retweets: 5,
  },
  // Only an 11-tweet subset named new_tweet_subset.js: no account.js, no manifest.js → not an archive.
  'gedankenstuecke_twitter-analyser/2019-08_550d648': { error: 'not-archive' },
  'keithfrankish_twitter-data/2020-06-21_da69ce7': {
    id: '52522040',
    handle: 'keithfrankish',
    followers: 1472,
    following: 1546,
    posts: 0,
    dms: 472, // 448 1:1 + 24 group
    likes: 0,
  },
  'larsbrinkhoff_twitter-data/2021-03-22_40fcef7': {
    id: '3128746474',
    handle: 'larsbrinkhoff',
    followers: 405,
    following: 59,
    posts: 124,
    dms: 0,
    likes: 8,
    replies: 99,
    retweets: 2,
  },
  'larsbrinkhoff_twitter-data/2022-04-29_e23e7ec': {
    id: '3128746474',
    handle: 'larsbrinkhoff',
    followers: 561,
    following: 0,
    posts: 0,
    dms: 0,
    likes: 9,
  },
  'larsbrinkhoff_twitter-data/2022-10-30_ab31916': {
    id: '3128746474',
    handle: 'larsbrinkhoff',
    followers: 644,
    following: 0,
    posts: 0,
    dms: 0,
    likes: 0,
  },
  'larsbrinkhoff_twitter-data/2023-08-20_bedf1fa': {
    id: '3128746474',
    handle: 'larsbrinkhoff',
    followers: 764,
    following: 79,
    posts: 0,
    dms: 377, // 373 1:1 + 4 group
    likes: 12,
  },
  'natalieacpm_na/2018-08-13_5b42723': {
    id: '803214192',
    handle: 'okaynattttttttt',
    followers: 3523,
    following: 495,
    posts: 0,
    dms: 517, // 516 messageCreate + 1 welcomeMessageCreate
    likes: 1430,
  },
  'timlinux_timlinux-twitter-archive/2023-09-06_2fa2b59': {
    id: '38512725',
    handle: 'timlinux',
    followers: 1343,
    following: 0,
    posts: 0,
    dms: 445, // 417 1:1 + 28 group
    likes: 587,
  },
};

function expectCounts(c: ArchiveContents, e: Expected) {
  expect(c.account.id).toBe(e.id);
  expect(c.account.handle).toBe(e.handle);
  expect({
    followers: c.followers.length,
    following: c.following.length,
    posts: c.posts.length,
    dms: c.dms.length,
    likes: c.likes.length,
  }).toEqual({ followers: e.followers, following: e.following, posts: e.posts, dms: e.dms, likes: e.likes });
  if (e.replies !== undefined) expect(c.posts.filter((p) => p.kind === 'reply').length).toBe(e.replies);
  if (e.retweets !== undefined) expect(c.posts.filter((p) => p.isRetweet).length).toBe(e.retweets);
  // Invariants: ids are decimal strings, timestamps are numbers.
  for (const id of [...c.followers, ...c.following]) expect(id).toMatch(/^\d+$/);
  for (const p of c.posts) {
    expect(p.id).toMatch(/^\d+$/);
    expect(Number.isFinite(p.createdAt) && p.createdAt > Date.UTC(2006, 0, 1)).toBe(true);
  }
  for (const d of c.dms) {
    expect(d.messageId).toMatch(/^\d+$/);
    expect(d.participants).toContain(e.id);
    expect(Number.isFinite(d.createdAt) && d.createdAt > Date.UTC(2006, 0, 1)).toBe(true);
  }
}

describeWithFixtures('x-archive', 'archive fixtures (real archives, folder form)', () => {
  it('has an expectation for every fixture folder', () => {
    expect(fixtureArchives()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [archive, expected] of Object.entries(EXPECTED)) {
    it(`${archive}`, async () => {
      const files = fixtureFiles(archive);
      if ('error' in expected) {
        await expect(readArchive(files)).rejects.toMatchObject({ code: expected.error });
        return;
      }
      expectCounts(await readArchive(files), expected);
      // Same result when the chosen folder is the archive itself (paths without the root folder name).
      expectCounts(await readArchive(fixtureFiles(archive, 'bare')), expected);
    });
  }

  it('reads a zipped fixture (top-level folder added by a re-zip) with the same counts', async () => {
    const archive = 'timlinux_timlinux-twitter-archive/2023-09-06_2fa2b59';
    const zip = await zipFiles(fixtureZipEntries(archive), { prefix: 'twitter-2023-09-06-abcdef/' });
    const progress: string[] = [];
    const c = await readArchive(zip, { onProgress: (p) => progress.push(`${p.phase}:${p.kind}`) });
    expectCounts(c, EXPECTED[archive] as Expected);
    expect(progress[0]).toBe('scan:archive');
    expect(progress.at(-1)).toBe('done:archive');
    expect(c.meta.generation).toBe('data-folder');
  });

  it('reads a zipped 2018 root-level archive with the same counts', async () => {
    const archive = 'natalieacpm_na/2018-08-13_5b42723';
    const zip = await zipFiles(fixtureZipEntries(archive), { zip64: false });
    const c = await readArchive(zip);
    expectCounts(c, EXPECTED[archive] as Expected);
    expect(c.meta.generation).toBe('root-level');
  });

  it('maps real records faithfully (spot checks)', async () => {
    const andre = await readArchive(fixtureFiles('andreruffert_twitter/2022-11-14_28aab96'));
    const reply = andre.posts.find((p) => p.id === '1587920147083591680');
    expect(reply).toMatchObject({
      kind: 'reply',
      inReplyToTweetId: '1587919612078739456',
      inReplyToUserId: '117538605',
      inReplyToHandle: 'OleMchls',
      mentions: [{ id: '117538605', handle: 'OleMchls' }],
      createdAt: Date.UTC(2022, 10, 2, 21, 30, 39),
      isRetweet: false,
    });
    expect(andre.posts.every((p) => !p.text.includes('&amp;'))).toBe(true);

    // 2020-10: reply to a deleted account — no screen name, user id kept.
    const dsaj = await readArchive(fixtureFiles('dsajgiouawj_TweetArchive/2020-10-22_cd30c08'));
    const orphan = dsaj.posts.find((p) => p.id === '832167133379301376');
    expect(orphan?.kind).toBe('reply');
    expect(orphan?.inReplyToUserId).toBe('3104366934');
    expect(orphan?.inReplyToHandle).toBeUndefined();

    // 2018: epoch-ms DM timestamps, group conversation ids without '-', recipientId "0" dropped.
    const nat = await readArchive(fixtureFiles('natalieacpm_na/2018-08-13_5b42723'));
    const first = nat.dms.find((d) => d.messageId === '1028877841251819524');
    expect(first).toMatchObject({
      conversationId: '17874544-803214192',
      senderId: '17874544',
      recipientId: '803214192',
      participants: ['17874544', '803214192'],
      createdAt: 1534138567670,
      group: false,
    });
    expect(nat.account.createdAt).toBe(1346793019000);

    // 2023: group DMs have no recipientId, participants include joiners.
    const tim = await readArchive(fixtureFiles('timlinux_timlinux-twitter-archive/2023-09-06_2fa2b59'));
    const groupDms = tim.dms.filter((d) => d.group);
    expect(groupDms.length).toBe(28);
    expect(groupDms.every((d) => d.recipientId === undefined && d.participants.length >= 2)).toBe(true);
    // Participants come from senders + joinConversation/participantsLeave events (join events may be missing).
    expect(groupDms.find((d) => d.conversationId === '740503092278366208')?.participants).toEqual([
      '38512725',
      '97348362',
      '185470572',
      '3312292820',
    ]);
    expect(tim.dms.filter((d) => !d.group).every((d) => d.participants.length <= 2)).toBe(true);

    // Grailbird: account from user_details.js, "2007-06-30 00:00:00 +0000" timestamps.
    const gb = await readArchive(fixtureFiles('FullStackForger_tweets/legacy-grailbird-2015_972eb70'));
    expect(gb.meta.generation).toBe('grailbird');
    expect(gb.account.name).toBe('Faux Smoulder');
    expect(gb.posts.find((p) => p.id === '127417162')?.createdAt).toBe(Date.UTC(2007, 5, 30));
    expect(gb.posts.find((p) => p.id === '125744352')).toMatchObject({
      kind: 'reply',
      inReplyToTweetId: '125649592',
      inReplyToUserId: '5739132',
      inReplyToHandle: 'urchincreature',
    });
  });
});
