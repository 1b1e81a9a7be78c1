#!/usr/bin/env node
// Writes a synthetic X archive zip (2022+ layout: data/manifest.js, account.js, follower.js, following.js,
// tweets.js + tweets-part1.js, direct-messages(.js|-group.js), like.js, and big STORED media entries).
// Everything is streamed: data files are generated chunk by chunk, media from one repeating buffer, and the
// zip is written through a file stream, so memory stays flat whatever the media size.
//
//   node tests/archive/make-synthetic.mjs out.zip [--media-mb 1024] [--followers 100000] [--prefix twitter-x/]
//
// import { makeSyntheticArchive } from './make-synthetic.mjs'  →  resolves with { path, bytes, expected }.
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { configure, ZipWriter } from '@zip.js/zip.js/lib/zip-core-native.js';

configure({ useWebWorkers: false });

export const SYNTHETIC_OWNER = {
  id: '1500000000000000001',
  handle: 'synthetic_owner',
  name: 'Synthetic Owner',
};

const DEFAULTS = {
  followers: 100_000,
  following: 20_000,
  posts: 50_000,
  tweetParts: 2,
  dms: 20_000,
  conversations: 2_000,
  likes: 5_000,
  mediaBytes: 1024 * 1024 * 1024,
  mediaFileBytes: 4 * 1024 * 1024,
  prefix: '',
  zip64: true,
};

const enc = new TextEncoder();
const BASE_ID = 1_400_000_000_000_000_000n; // > 2^53: ids must survive as strings
const idOf = (n, salt = 0n) => (BASE_ID + BigInt(n) * 7919n + salt).toString();
const snowflakeAt = (ms, seq) => (((BigInt(ms) - 1288834974657n) << 22n) + BigInt(seq)).toString();
const T0 = Date.UTC(2021, 0, 1);
const twitterDate = (ms) => {
  const d = new Date(ms);
  const [wd, day, mon, year, time] = d.toUTCString().replace(',', '').split(' ');
  return `${wd} ${mon} ${day} ${time} +0000 ${year}`;
};

/** ReadableStream from a generator of strings, batched into ~256 KB chunks. */
function streamOf(gen) {
  const it = gen[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      let buf = '';
      while (buf.length < 256 * 1024) {
        const { value, done } = it.next();
        if (done) {
          if (buf) controller.enqueue(enc.encode(buf));
          controller.close();
          return;
        }
        buf += value;
      }
      controller.enqueue(enc.encode(buf));
    },
  });
}

function* ytd(global, count, record) {
  yield `window.YTD.${global}.part0 = [`;
  for (let i = 0; i < count; i++) yield `${i ? ',' : ''}\n  ${JSON.stringify(record(i), null, 0)}`;
  yield '\n]';
}

function* ytdPart(global, part, from, to, record) {
  yield `window.YTD.${global}.part${part} = [`;
  for (let i = from; i < to; i++) yield `${i > from ? ',' : ''}\n  ${JSON.stringify(record(i))}`;
  yield '\n]';
}

function tweet(i) {
  const ms = T0 + i * 60_000;
  const id = snowflakeAt(ms, i % 4096);
  const t = {
    edit_info: { initial: { editTweetIds: [id], editableUntil: new Date(ms + 1_800_000).toISOString() } },
    retweeted: false,
    entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
    favorite_count: String(i % 17),
    id_str: id,
    id,
    created_at: twitterDate(ms),
    full_text: `Synthetic post number ${i} &amp; some text`,
    lang: 'en',
  };
  if (i % 5 === 0) {
    const uid = idOf(i, 3n);
    t.in_reply_to_status_id_str = snowflakeAt(ms - 1000, 1);
    t.in_reply_to_status_id = t.in_reply_to_status_id_str;
    t.in_reply_to_user_id_str = uid;
    t.in_reply_to_user_id = uid;
    t.in_reply_to_screen_name = `friend_${i}`;
    t.entities.user_mentions.push({
      name: 'Friend',
      screen_name: `friend_${i}`,
      indices: ['0', '9'],
      id_str: uid,
      id: uid,
    });
    t.full_text = `@friend_${i} ${t.full_text}`;
  } else if (i % 13 === 0) {
    const uid = idOf(i, 5n);
    t.entities.user_mentions.push({
      name: 'Orig',
      screen_name: `orig_${i}`,
      indices: ['3', '10'],
      id_str: uid,
      id: uid,
    });
    t.full_text = `RT @orig_${i}: ${t.full_text}`;
  } else if (i % 11 === 0) {
    t.entities.urls.push({
      url: 'https://t.co/q',
      expanded_url: `https://x.com/someone/status/${snowflakeAt(ms - 5000, 2)}`,
      display_url: 'x.com/someone/status/…',
      indices: ['0', '1'],
    });
  }
  if (i % 7 === 0) {
    t.entities.urls.push({
      url: 'https://t.co/abc',
      expanded_url: `https://example.com/article/${i}`,
      display_url: `example.com/article/${i}`,
      indices: ['0', '1'],
    });
  }
  return { tweet: t };
}

function* dmFile(global, convs, perConv, group, startMsg) {
  yield `window.YTD.${global}.part0 = [`;
  let n = startMsg;
  for (let c = 0; c < convs.length; c++) {
    const conv = convs[c];
    const messages = [];
    for (let k = 0; k < perConv; k++, n++) {
      const fromMe = k % 2 === 0;
      const ms = T0 + n * 30_000;
      const m = {
        senderId: fromMe ? SYNTHETIC_OWNER.id : conv.peer,
        reactions: [],
        urls: [],
        text: `message ${n} in ${conv.id}`,
        mediaUrls: [],
        id: snowflakeAt(ms, n % 4096),
        createdAt: new Date(ms).toISOString(),
      };
      if (!group) m.recipientId = fromMe ? conv.peer : SYNTHETIC_OWNER.id;
      messages.unshift({ messageCreate: m }); // newest first, like real archives
    }
    if (group) {
      messages.push({
        joinConversation: {
          initiatingUserId: conv.peer,
          participantsSnapshot: [SYNTHETIC_OWNER.id, conv.peer, conv.third],
          createdAt: new Date(T0).toISOString(),
        },
      });
    }
    yield `${c ? ',' : ''}\n  ${JSON.stringify({ dmConversation: { conversationId: conv.id, messages } })}`;
  }
  yield '\n]';
}

function mediaStream(size) {
  const block = new Uint8Array(64 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
  let left = size;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) {
        controller.close();
        return;
      }
      const n = Math.min(left, block.length);
      controller.enqueue(n === block.length ? block.slice() : block.slice(0, n));
      left -= n;
    },
  });
}

/**
 * Writes the archive to `path`. Options (all optional): followers, following, posts, tweetParts, dms,
 * conversations, likes, mediaBytes (default 1 GiB), mediaFileBytes, prefix (top folder, e.g. "twitter-2024/"),
 * zip64 (default true, like real X archives; sizes > 4 GiB need it anyway).
 * Resolves with the path, the zip size and the counts a reader must find.
 */
export async function makeSyntheticArchive(path, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const out = Writable.toWeb(createWriteStream(path));
  const zip = new ZipWriter(out, { zip64: o.zip64, useWebWorkers: false, bufferedWrite: false });
  const p = `${o.prefix}data/`;
  const add = (name, gen, level = 6) => zip.add(p + name, streamOf(gen), { level, zip64: o.zip64 });

  const convCount = Math.min(o.conversations, o.dms);
  const groupConvs = Math.floor(convCount / 10);
  const perConv = Math.floor(o.dms / convCount);
  const extra = o.dms - perConv * convCount; // put the remainder in the first 1:1 conversation
  const oneToOne = [];
  const groups = [];
  for (let c = 0; c < convCount; c++) {
    const peer = idOf(c, 11n);
    if (c < groupConvs) groups.push({ id: snowflakeAt(T0 - c * 1000, c % 4096), peer, third: idOf(c, 13n) });
    else {
      const [a, b] = [peer, SYNTHETIC_OWNER.id].sort((x, y) => (BigInt(x) < BigInt(y) ? -1 : 1));
      oneToOne.push({ id: `${a}-${b}`, peer });
    }
  }
  const tweetsPerPart = Math.ceil(o.posts / o.tweetParts);
  const tweetFiles = [];
  for (let k = 0; k < o.tweetParts; k++) {
    const from = k * tweetsPerPart;
    const to = Math.min(o.posts, from + tweetsPerPart);
    tweetFiles.push({ name: k ? `tweets-part${k}.js` : 'tweets.js', part: k, from, to });
  }
  const manifest = {
    userInfo: {
      accountId: SYNTHETIC_OWNER.id,
      userName: SYNTHETIC_OWNER.handle,
      displayName: SYNTHETIC_OWNER.name,
    },
    archiveInfo: {
      sizeBytes: String(o.mediaBytes),
      generationDate: new Date(T0 + 400 * 86_400_000).toISOString(),
      isPartialArchive: false,
      maxPartSizeBytes: '53687091200',
    },
    dataTypes: {
      account: { files: [{ fileName: 'data/account.js', globalName: 'YTD.account.part0', count: '1' }] },
      follower: {
        files: [
          { fileName: 'data/follower.js', globalName: 'YTD.follower.part0', count: String(o.followers) },
        ],
      },
      following: {
        files: [
          { fileName: 'data/following.js', globalName: 'YTD.following.part0', count: String(o.following) },
        ],
      },
      like: { files: [{ fileName: 'data/like.js', globalName: 'YTD.like.part0', count: String(o.likes) }] },
      tweets: {
        mediaDirectory: 'data/tweets_media',
        files: tweetFiles.map((f) => ({
          fileName: `data/${f.name}`,
          globalName: `YTD.tweets.part${f.part}`,
          count: String(f.to - f.from),
        })),
      },
      directMessages: {
        files: [
          { fileName: 'data/direct-messages.js', globalName: 'YTD.direct_messages.part0', count: '1' },
          ...(oneToOne.length > 1
            ? [
                {
                  fileName: 'data/direct-messages-part1.js',
                  globalName: 'YTD.direct_messages.part1',
                  count: String(oneToOne.length - 1),
                },
              ]
            : []),
        ],
      },
      directMessagesGroup: {
        files: [
          {
            fileName: 'data/direct-messages-group.js',
            globalName: 'YTD.direct_messages_group.part0',
            count: String(groups.length),
          },
        ],
      },
    },
  };

  await add('manifest.js', [`window.__THAR_CONFIG = ${JSON.stringify(manifest, null, 2)}`]);
  await add(
    'account.js',
    ytd('account', 1, () => ({
      account: {
        email: 'owner@example.invalid',
        createdVia: 'web',
        username: SYNTHETIC_OWNER.handle,
        accountId: SYNTHETIC_OWNER.id,
        createdAt: '2012-03-04T05:06:07.000Z',
        accountDisplayName: SYNTHETIC_OWNER.name,
      },
    })),
  );
  const followRec = (key, salt) => (i) => {
    const id = idOf(i, salt);
    return { [key]: { accountId: id, userLink: `https://twitter.com/intent/user?user_id=${id}` } };
  };
  await add('follower.js', ytd('follower', o.followers, followRec('follower', 1n)));
  await add('following.js', ytd('following', o.following, followRec('following', 2n)));
  await add(
    'like.js',
    ytd('like', o.likes, (i) => {
      const id = snowflakeAt(T0 + i * 1000, 7);
      return {
        like: { tweetId: id, fullText: `liked ${i}`, expandedUrl: `https://twitter.com/i/web/status/${id}` },
      };
    }),
  );
  for (const f of tweetFiles) await add(f.name, ytdPart('tweets', f.part, f.from, f.to, tweet));
  // 1:1 conversations; the first one gets the remainder messages.
  await add(
    'direct-messages.js',
    (function* () {
      if (oneToOne.length === 0) {
        yield 'window.YTD.direct_messages.part0 = [ ]';
        return;
      }
      yield* dmFile('direct_messages', oneToOne.slice(0, 1), perConv + extra, false, 0);
    })(),
  );
  // (re-open as a multi-conversation file: write the rest of 1:1 conversations as a -part1 file)
  if (oneToOne.length > 1) {
    await add(
      'direct-messages-part1.js',
      (function* () {
        const gen = dmFile('direct_messages', oneToOne.slice(1), perConv, false, perConv + extra);
        for (const s of gen) yield s.replace('direct_messages.part0', 'direct_messages.part1');
      })(),
    );
  }
  await add('direct-messages-group.js', dmFile('direct_messages_group', groups, perConv, true, 10_000_000));
  await add('README.txt', ['Synthetic archive for tests. Not real data.']);

  // Media: stored (level 0), streamed from a repeating buffer.
  let left = o.mediaBytes;
  for (let k = 0; left > 0; k++) {
    const size = Math.min(left, o.mediaFileBytes);
    await zip.add(`${p}tweets_media/${snowflakeAt(T0 + k, 1)}-media${k}.jpg`, mediaStream(size), {
      level: 0,
      zip64: o.zip64,
    });
    left -= size;
  }
  await zip.close();
  const { size } = await stat(path);
  return {
    path,
    bytes: size,
    expected: {
      account: { ...SYNTHETIC_OWNER },
      followers: o.followers,
      following: o.following,
      posts: o.posts,
      dms: o.dms,
      conversations: convCount,
      likes: o.likes,
    },
  };
}

async function main(argv) {
  const [path, ...rest] = argv;
  if (!path) {
    console.error(
      'usage: make-synthetic.mjs <out.zip> [--media-mb N] [--followers N] [--posts N] [--prefix dir/]',
    );
    process.exit(2);
  }
  const opts = {};
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i]?.replace(/^--/, '');
    const val = rest[i + 1];
    if (key === 'media-mb') opts.mediaBytes = Number(val) * 1024 * 1024;
    else if (key === 'prefix') opts.prefix = val;
    else if (key) opts[key.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = Number(val);
  }
  const t0 = performance.now();
  const r = await makeSyntheticArchive(path, opts);
  console.log(
    JSON.stringify({
      ...r,
      seconds: +((performance.now() - t0) / 1000).toFixed(2),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
