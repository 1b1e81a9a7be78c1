// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveError } from '../../lib/archive/errors';
import {
  ArchiveBuilder,
  decodeEntities,
  mapLike,
  mapTweet,
  parseTimestamp,
  statusIdFromUrl,
  toId,
} from '../../lib/archive/map';
import { parseDataFile, parseYtd, quoteUnsafeIntegers, unwrapRecord } from '../../lib/archive/parse-ytd';
import { snowflakeMs } from '../../lib/text/snowflake';
import { FIXTURES_DIR } from '../archive/fixture-helpers';

describe('parseTimestamp', () => {
  it('tweet format "Wed Oct 10 20:19:24 +0000 2018"', () => {
    expect(parseTimestamp('Wed Oct 10 20:19:24 +0000 2018')).toBe(Date.UTC(2018, 9, 10, 20, 19, 24));
    expect(parseTimestamp('Thu May 31 02:25:20 +0000 2007')).toBe(Date.UTC(2007, 4, 31, 2, 25, 20));
    expect(parseTimestamp('Wed Oct 10 22:19:24 +0200 2018')).toBe(Date.UTC(2018, 9, 10, 20, 19, 24));
  });
  it('Grailbird "2015-01-04 13:59:37 +0000"', () => {
    expect(parseTimestamp('2015-01-04 13:59:37 +0000')).toBe(Date.UTC(2015, 0, 4, 13, 59, 37));
    expect(parseTimestamp('2015-01-04 08:59:37 -0500')).toBe(Date.UTC(2015, 0, 4, 13, 59, 37));
  });
  it('ISO-8601 with and without ms / zone', () => {
    expect(parseTimestamp('2020-06-13T15:12:04.979Z')).toBe(Date.UTC(2020, 5, 13, 15, 12, 4, 979));
    expect(parseTimestamp('2010-02-09T17:10:05.000Z')).toBe(Date.UTC(2010, 1, 9, 17, 10, 5));
    expect(parseTimestamp('2020-06-13T15:12:04Z')).toBe(Date.UTC(2020, 5, 13, 15, 12, 4));
    expect(parseTimestamp('2020-06-13T17:12:04+02:00')).toBe(Date.UTC(2020, 5, 13, 15, 12, 4));
  });
  it('epoch ms strings (2018 DMs/account) and epoch seconds (2018 changedAt)', () => {
    expect(parseTimestamp('1534138567670')).toBe(1534138567670);
    expect(parseTimestamp('1534138567')).toBe(1534138567000);
    expect(parseTimestamp(1534138567670)).toBe(1534138567670);
    expect(parseTimestamp(1534138567)).toBe(1534138567000);
  });
  it('garbage → undefined', () => {
    expect(parseTimestamp('yesterday-ish')).toBeUndefined();
    expect(parseTimestamp('Wed Foo 10 20:19:24 +0000 2018')).toBeUndefined();
    expect(parseTimestamp(null)).toBeUndefined();
  });
  it('snowflake time', () => {
    const ms = snowflakeMs('1587920147083591680') ?? 0;
    expect(ms - (ms % 1000)).toBe(Date.UTC(2022, 10, 2, 21, 30, 39)); // tweet's created_at
    expect(snowflakeMs('127417162')).toBeUndefined();
  });
});

describe('parseDataFile / parseYtd', () => {
  it('all wrapper styles', () => {
    expect(
      parseYtd('window.YTD.follower.part0 = [ {\n  "follower" : { "accountId" : "1" }\n} ]', 'f'),
    ).toHaveLength(1);
    expect(
      parseYtd('window.YTD.follower.part0 = [\n  {\n    "follower" : { "accountId" : "1" }\n  }\n]', 'f'),
    ).toHaveLength(1);
    expect(parseYtd('window.YTD.mute.part0 = []', 'f')).toEqual([]);
    expect(parseYtd('window.YTD.mute.part0 = [ ]', 'f')).toEqual([]);
    expect(parseYtd('\uFEFFwindow.YTD.mute.part0 = [ ];\n', 'f')).toEqual([]);
    expect(parseYtd('Grailbird.data.tweets_2007_06 = \n [ { "id_str" : "1" } ]', 'f')).toHaveLength(1);
    expect(parseDataFile('var user_details =  { "id" : "5" }', 'f')).toMatchObject({
      global: 'user_details',
    });
    expect(parseDataFile('window.__THAR_CONFIG = { "a" : 1 }', 'f').global).toBe('__THAR_CONFIG');
    expect(parseDataFile('window.YTD.tweets.part2 = []', 'f')).toMatchObject({
      global: 'YTD.tweets.part2',
      part: 2,
    });
    expect(parseYtd('[ {"a":1} ]', 'f')).toEqual([{ a: 1 }]);
    // "=" inside the JSON is not mistaken for the assignment.
    expect(
      parseYtd('window.YTD.like.part0 = [ { "like" : { "fullText" : "a = b == c" } } ]', 'f')[0],
    ).toEqual({
      like: { fullText: 'a = b == c' },
    });
  });

  it('malformed files give typed errors naming the file', () => {
    const run = (text: string) => {
      try {
        parseYtd(text, 'data/follower.js');
      } catch (e) {
        return e as ArchiveError;
      }
      throw new Error('expected a throw');
    };
    expect(run('window.YTD.follower.part0 = [ {\n "a" : 1,\n } ]')).toMatchObject({
      code: 'malformed-file',
      file: 'data/follower.js',
      message: 'data/follower.js is not valid JSON (line 3).',
    });
    expect(run('window.YTD.follower.part0 = ').message).toMatch(/empty/);
    expect(run('').message).toMatch(/empty/);
    expect(run('window.YTD.follower.part0 = { "a": 1 }').message).toMatch(/list of records/);
    expect(run('alert(1)').code).toBe('malformed-file');
  });

  it('big numeric ids survive exactly; strings and small numbers are untouched', () => {
    const text =
      'Grailbird.data.tweets_2020_01 = [ { "id" : 1587920147083591680, "id_str" : "1587920147083591680",' +
      ' "in_reply_to_status_id" : 1587919612078739456, "text" : "x: 12345678901234567890, [99999999999999999]",' +
      ' "n" : 42, "f" : 1.5e3, "small" : 127417162, "neg" : -1 } ]';
    const [rec] = parseYtd(text, 'f') as Record<string, unknown>[];
    expect(rec?.id).toBe('1587920147083591680');
    expect(rec?.in_reply_to_status_id).toBe('1587919612078739456');
    expect(rec?.text).toBe('x: 12345678901234567890, [99999999999999999]');
    expect(rec).toMatchObject({ n: 42, f: 1500, small: 127417162, neg: -1 });
    // Only numeric id, no id_str → still exact.
    const post = mapTweet({ id: quoteUnsafeIntegers('1587920147083591680'), text: 'a' });
    expect(post?.id).toBe('1587920147083591680');
    const [t] = parseYtd(
      'window.YTD.tweet.part0 = [ { "id" : 1587920147083591681, "full_text" : "z" } ]',
      'f',
    );
    expect(mapTweet(t)?.id).toBe('1587920147083591681');
    expect(quoteUnsafeIntegers('{"a":"1"}')).toBe('{"a":"1"}');
  });

  it('toId never rounds', () => {
    expect(toId('1587920147083591680')).toBe('1587920147083591680');
    expect(toId(127417162)).toBe('127417162');
    expect(toId(Number('1587920147083591680'))).toBeUndefined(); // already rounded by JSON.parse: refuse
    expect(toId('-1')).toBeUndefined();
    expect(toId(12n)).toBe('12');
  });

  it('unwrapRecord', () => {
    expect(unwrapRecord({ tweet: { id_str: '1' } }, 'tweet')).toEqual({ id_str: '1' });
    expect(unwrapRecord({ id_str: '1', text: 'a' }, 'tweet')).toEqual({ id_str: '1', text: 'a' });
    expect(unwrapRecord({ like: { tweetId: '1' } })).toEqual({ tweetId: '1' });
    expect(unwrapRecord('x')).toBeUndefined();
  });
});

describe('mapTweet', () => {
  const base = {
    id_str: '1587920147083591680',
    id: '1587920147083591680',
    created_at: 'Wed Nov 02 21:30:39 +0000 2022',
    full_text: 'Tom &amp; Jerry &lt;3 &gt; all',
    entities: { user_mentions: [], urls: [] },
  };

  it('wrapped and unwrapped records map identically', () => {
    const wrapped = mapTweet({ tweet: base });
    const unwrapped = mapTweet(base);
    expect(wrapped).toEqual(unwrapped);
    expect(wrapped).toMatchObject({
      id: '1587920147083591680',
      text: 'Tom & Jerry <3 > all',
      createdAt: Date.UTC(2022, 10, 2, 21, 30, 39),
      kind: 'post',
      isRetweet: false,
      mentions: [],
      urls: [],
    });
  });

  it('keeps the text as typed: t.co links expanded, the links of attached media removed', () => {
    const p = mapTweet({
      ...base,
      full_text: 'new post on caching https://t.co/AbC123 with a chart https://t.co/PiC999',
      entities: {
        user_mentions: [],
        urls: [{ url: 'https://t.co/AbC123', expanded_url: 'https://dana.dev/caching' }],
        media: [{ url: 'https://t.co/PiC999', expanded_url: 'https://x.com/dana/status/1/photo/1' }],
      },
    });
    expect(p?.text).toBe('new post on caching https://dana.dev/caching with a chart');
    expect(p?.urls).toEqual(['https://dana.dev/caching']);
    // A link with no expansion stays as it was written.
    const bare = mapTweet({
      ...base,
      full_text: 'see https://t.co/Zz',
      entities: { urls: [{ url: 'https://t.co/Zz' }] },
    });
    expect(bare?.text).toBe('see https://t.co/Zz');
  });

  it('reply with mentions, deleted account mention (-1)', () => {
    const p = mapTweet({
      ...base,
      full_text: '@a @gone hi',
      in_reply_to_status_id_str: '1587919612078739456',
      in_reply_to_user_id_str: '117538605',
      in_reply_to_screen_name: 'a',
      entities: {
        user_mentions: [
          { screen_name: 'a', id_str: '117538605', id: '117538605' },
          { screen_name: 'gone', id_str: '-1', id: '-1', name: '' },
        ],
        urls: [],
      },
    });
    expect(p).toMatchObject({
      kind: 'reply',
      inReplyToTweetId: '1587919612078739456',
      inReplyToUserId: '117538605',
      inReplyToHandle: 'a',
      mentions: [{ id: '117538605', handle: 'a' }, { handle: 'gone' }],
    });
    expect(p?.mentions[1]).not.toHaveProperty('id');
  });

  it('old-style "@user" addressed tweet (user id without status id) counts as a reply', () => {
    expect(mapTweet({ ...base, in_reply_to_user_id_str: '5' })?.kind).toBe('reply');
  });

  it('quotes from permalink URLs (twitter.com and x.com), links expanded', () => {
    const q = mapTweet({
      ...base,
      entities: {
        urls: [
          { url: 'https://t.co/a', expanded_url: 'https://example.com/x' },
          { url: 'https://t.co/b', expanded_url: 'https://x.com/Someone/status/1137390385691598848?s=20' },
        ],
      },
    });
    expect(q).toMatchObject({
      kind: 'quote',
      quotedTweetId: '1137390385691598848',
      urls: ['https://example.com/x', 'https://x.com/Someone/status/1137390385691598848?s=20'],
    });
    expect(statusIdFromUrl('https://twitter.com/nitya/status/1137390385691598848')).toBe(
      '1137390385691598848',
    );
    expect(statusIdFromUrl('https://mobile.twitter.com/i/web/status/12')).toBe('12');
    expect(statusIdFromUrl('https://example.com/status/12')).toBeUndefined();
    expect(mapTweet({ ...base, quoted_status_id_str: '99' })).toMatchObject({
      kind: 'quote',
      quotedTweetId: '99',
    });
  });

  it('retweets: "RT @x:" prefix or retweeted_status', () => {
    expect(mapTweet({ ...base, full_text: 'RT @czaplic: something …' })).toMatchObject({
      isRetweet: true,
      kind: 'post',
    });
    expect(
      mapTweet({ ...base, text: 'hello', full_text: undefined, retweeted_status: { id_str: '1' } })
        ?.isRetweet,
    ).toBe(true);
    expect(mapTweet({ ...base, full_text: 'not RT @x: quoted' })?.isRetweet).toBe(false);
  });

  it('Grailbird (numeric ids + id_str, "YYYY-MM-DD HH:MM:SS +0000") and the 2019 unwrapped subset', () => {
    const gb = mapTweet({
      id_str: '125744352',
      id: 125744352,
      text: 'x',
      created_at: '2007-06-29 00:00:00 +0000',
    });
    expect(gb).toMatchObject({ id: '125744352', createdAt: Date.UTC(2007, 5, 29) });
    const subset = join(FIXTURES_DIR, 'gedankenstuecke_twitter-analyser/2019-08_550d648/new_tweet_subset.js');
    if (!existsSync(subset)) return;
    const recs = parseYtd(readFileSync(subset, 'utf8'), 'new_tweet_subset.js');
    const posts = recs.map(mapTweet);
    expect(posts).toHaveLength(11);
    expect(posts.every((p) => p && /^\d+$/.test(p.id) && p.createdAt > Date.UTC(2010, 0, 1))).toBe(true);
    expect(posts[0]?.mentions[0]).toEqual({ id: '121777206', handle: 'PhilippBayer' });
  });

  it('likes', () => {
    expect(mapLike({ like: { tweetId: '1', fullText: 'a &amp; b' } })).toEqual({
      tweetId: '1',
      text: 'a & b',
    });
    expect(mapLike({ like: { tweetId: '2' } })).toEqual({ tweetId: '2' });
    expect(mapLike({ like: {} })).toBeUndefined();
  });

  it('decodeEntities decodes once', () => {
    expect(decodeEntities('&amp;lt; &amp; &lt;b&gt;')).toBe('&lt; & <b>');
  });
});

describe('ArchiveBuilder', () => {
  const me = { id: '3128746474', handle: 'me' };
  const meta = { generation: 'data-folder' as const, files: [], missingFiles: [] };

  it('merges split DM conversations, dedupes messages, finds group participants', () => {
    const b = new ArchiveBuilder();
    b.account = me;
    const msg = (
      id: string,
      senderId: string,
      recipientId?: string,
      createdAt = '2020-02-06T06:26:39.683Z',
    ) => ({
      messageCreate: {
        id,
        senderId,
        ...(recipientId ? { recipientId } : {}),
        text: 'hi &amp; bye',
        createdAt,
      },
    });
    b.addDmConversations(
      [
        {
          dmConversation: {
            conversationId: '759720-3128746474',
            messages: [msg('11', '759720', '3128746474')],
          },
        },
        {
          dmConversation: {
            conversationId: '759720-3128746474',
            messages: [msg('10', '3128746474', '759720'), msg('11', '759720', '3128746474')],
          },
        },
        { dmConversation: { conversationId: '1', messages: [] } },
      ],
      false,
    );
    b.addDmConversations(
      [
        {
          dmConversation: {
            conversationId: '1592446877601247234',
            messages: [
              msg('20', '5'),
              { reactionCreate: { senderId: '8', reactionKey: 'like', createdAt: '2020-01-01T00:00:00Z' } },
              {
                participantsJoin: {
                  initiatingUserId: '5',
                  userIds: ['6'],
                  createdAt: '2020-01-01T00:00:00Z',
                },
              },
              { joinConversation: { initiatingUserId: '5', participantsSnapshot: ['3128746474', '5', '7'] } },
            ],
          },
        },
      ],
      true,
    );
    // 2018 style group message inside direct-message.js: recipientId "0", id without '-'.
    b.addDmConversations(
      [{ dmConversation: { conversationId: '999', messages: [msg('30', '4', '0')] } }],
      false,
    );
    const c = b.finish(meta);
    expect(c.dms.map((d) => d.messageId)).toEqual(['30', '20', '11', '10'].sort().reverse());
    const one = c.dms.find((d) => d.messageId === '10');
    expect(one).toMatchObject({
      conversationId: '759720-3128746474',
      senderId: '3128746474',
      recipientId: '759720',
      participants: ['759720', '3128746474'],
      text: 'hi & bye',
      group: false,
      createdAt: Date.UTC(2020, 1, 6, 6, 26, 39, 683),
    });
    const g = c.dms.find((d) => d.messageId === '20');
    expect(g).toMatchObject({ group: true, participants: ['5', '6', '7', '8', '3128746474'] });
    expect(g).not.toHaveProperty('recipientId');
    expect(c.dms.find((d) => d.messageId === '30')).toMatchObject({
      group: true,
      participants: ['4', '3128746474'],
    });
    expect(c.dms.find((d) => d.messageId === '30')).not.toHaveProperty('recipientId');
  });

  it('dedupes posts across parts, keeps only the latest edit, sorts newest first', () => {
    const b = new ArchiveBuilder();
    b.account = me;
    const t = (id: string, when: string, editIds?: string[]) => ({
      tweet: {
        id_str: id,
        full_text: id,
        created_at: when,
        ...(editIds ? { edit_info: { initial: { editTweetIds: editIds } } } : {}),
      },
    });
    b.addTweets([
      t('100', 'Wed Nov 02 21:30:39 +0000 2022', ['100', '105']),
      t('200', 'Wed Nov 02 21:30:40 +0000 2022'),
    ]);
    b.addTweets([
      t('105', 'Wed Nov 02 21:35:00 +0000 2022', ['100', '105']),
      t('200', 'Wed Nov 02 21:30:40 +0000 2022'),
    ]);
    b.addTweets([t('300', 'Wed Nov 02 21:00:00 +0000 2022', ['300', '301'])]); // latest version not exported: keep
    const c = b.finish(meta);
    expect(c.posts.map((p) => p.id)).toEqual(['105', '200', '300']);
    expect(c.version).toBe(1);
  });

  it('dedupes followers and likes, keeps archive order', () => {
    const b = new ArchiveBuilder();
    b.account = me;
    b.addFollowers(
      [{ follower: { accountId: '3' } }, { follower: { accountId: '1' } }, { follower: { accountId: '3' } }],
      'follower',
    );
    b.addLikes([
      { like: { tweetId: '9' } },
      { like: { tweetId: '8', fullText: 'x' } },
      { like: { tweetId: '9', fullText: 'y' } },
    ]);
    const c = b.finish(meta);
    expect(c.followers).toEqual(['3', '1']);
    expect(c.likes).toEqual([
      { tweetId: '9', text: 'y' },
      { tweetId: '8', text: 'x' },
    ]);
  });
});
