// A sample X archive for @dana_builds (the replica's signed-in account), written at demo time with
// dates counted back from now, so `npm run demo` opens on an account with a past: the options page
// imports it exactly as a person imports the archive X sent them. Same shapes as a real archive
// (window.YTD.<name>.part0 = [...] in data/*.js; see ../shared/docs/x-archive-format.md), invented text.
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ME = { id: '1000000001', handle: 'dana_builds', name: 'Dana Whitfield' };
// People of the replica's seed (tests/replica/seeds/default.json): their pages fill in names and bios.
const P = {
  maya: { id: '1000000002', handle: 'maya_okafor' },
  jonas: { id: '1000000003', handle: 'jonas_eriksen' },
  priya: { id: '1000000004', handle: 'priya_ships' },
  tom: { id: '1000000005', handle: 'tomwrites' },
  lena: { id: '1000000006', handle: 'lena_vogel' },
  samir: { id: '1000000007', handle: 'samir_k' },
  ruth: { id: '1000000008', handle: 'ruthdesigns' },
  kenji: { id: '1000000009', handle: 'kenji_dev' },
  claire: { id: '1000000010', handle: 'claire_bdx' },
  diego: { id: '1000000012', handle: 'diego_rust' },
  hannah: { id: '1000000013', handle: 'hannah_reads' },
  oliver: { id: '1000000016', handle: 'oliver_pm' },
};
const FOLLOWERS = ['maya', 'jonas', 'priya', 'lena', 'samir', 'kenji', 'diego', 'hannah', 'oliver'];
const FOLLOWING = ['maya', 'jonas', 'tom', 'samir', 'ruth', 'claire', 'diego'];

/** X's "Wed Oct 10 20:19:24 +0000 2018". */
function xDate(ms) {
  const d = new Date(ms);
  const [wd, mon, day, year, time] = d.toUTCString().replace(',', '').split(' ').filter(Boolean);
  return `${wd} ${day} ${mon} ${time} +0000 ${year}`.replace(/^(\w+) (\d+) (\w+)/, '$1 $3 $2');
}

const ytd = (name, records) => `window.YTD.${name}.part0 = ${JSON.stringify(records, null, 2)}`;

/** Your posts over the last two weeks: this week mostly talking with people, last week mostly at them. */
function posts(now) {
  let n = 0;
  const id = () => String(1_862_000_000_000_000_000n + BigInt(++n) * 1_000_000n);
  const post = (daysAgo, text, { replyTo, mentions = [], urls = [] } = {}) => ({
    tweet: {
      id_str: id(),
      full_text: text,
      created_at: xDate(now - daysAgo * DAY - 2 * HOUR),
      ...(replyTo && {
        in_reply_to_status_id_str: String(1_861_500_000_000_000_000n + BigInt(n)),
        in_reply_to_user_id_str: replyTo.id,
        in_reply_to_screen_name: replyTo.handle,
      }),
      entities: {
        user_mentions: [...(replyTo ? [replyTo] : []), ...mentions].map((p) => ({
          screen_name: p.handle,
          id_str: p.id,
        })),
        urls: urls.map((u) => ({ url: 'https://t.co/x', expanded_url: u })),
        hashtags: [],
      },
    },
  });
  return [
    // This week.
    post(1, `@${P.samir.handle} Ham radio and Rust at night is a great combination. What are you building?`, {
      replyTo: P.samir,
    }),
    post(2, `@${P.claire.handle} Your 1:1 thread is the best thing I read this week. Saving it for Monday.`, {
      replyTo: P.claire,
    }),
    post(3, 'Slow software is underrated. What is one tool you use that has not changed in ten years?'),
    post(4, `@${P.tom.handle} Happy to talk about it for the newsletter, what angle are you after?`, {
      replyTo: P.tom,
    }),
    post(5, 'New course is live! Sign up today, 50% off this week only', {
      urls: ['https://danawhitfield.dev/course/pricing?utm_source=x'],
    }),
    // Last week.
    post(8, 'Big launch: my CI course is open. Early bird pricing ends Friday, grab a seat!', {
      urls: ['https://danawhitfield.dev/course?utm_source=x&utm_medium=social'],
    }),
    post(9, 'Wrote up how we cut CI from 19 minutes to 4. Link in bio.'),
    post(10, 'Thread: 5 things I learned shipping a browser extension 🧵'),
    post(11, 'Use code EARLY for 30% off the course, only 20 seats left', {
      urls: ['https://danawhitfield.dev/course?ref=x'],
    }),
    post(12, `@${P.ruth.handle} Calmer modals, yes please. Do you have a write-up?`, { replyTo: P.ruth }),
    post(13, 'Reading about sourdough starters instead of fixing my flaky test.'),
  ];
}

/** Chats: one going cold (Jonas), a friend you have not talked with in seven weeks (Diego), one waiting. */
function dms(now) {
  let n = 0;
  const conversation = (who, messages) => ({
    dmConversation: {
      conversationId: `${ME.id}-${who.id}`,
      messages: messages
        .map(([daysAgo, fromMe, text]) => ({
          messageCreate: {
            id: String(1_861_900_000_000_000_000n + BigInt(++n)),
            senderId: fromMe ? ME.id : who.id,
            recipientId: fromMe ? who.id : ME.id,
            text,
            createdAt: new Date(now - daysAgo * DAY).toISOString(),
            reactions: [],
            urls: [],
            mediaUrls: [],
          },
        }))
        .reverse(), // archives list the newest message first
    },
  });
  return [
    conversation(P.jonas, [
      [34, false, 'Saw your post on Postgres partitioning. Did you partition by tenant or by month?'],
      [34, true, 'By month! Tenants were too uneven. Happy to share the migration script.'],
      [33, false, 'Yes please. The pilot starts in a few weeks, I will tell you how it goes.'],
      [33, true, 'Deal. Good luck with the pilot!'],
    ]),
    conversation(P.diego, [
      [62, false, 'Are you at RustConf this year?'],
      [62, true, 'Sadly not. Dinner when you are in Portland?'],
      [55, false, 'In Portland next week, ramen?'],
      [55, true, 'Yes! Thursday?'],
      [50, false, 'Thanks for dinner, the allocator talk is coming together.'],
      [50, true, 'Send me the slides when they are ready.'],
    ]),
    conversation(P.lena, [
      [
        2,
        false,
        'Hi Dana, I study how people argue online. Would you do a 20-minute interview for my thesis?',
      ],
    ]),
    conversation(P.oliver, [
      [20, false, 'Loved your talk on slow software. Any chance you share the slides?'],
    ]),
  ];
}

/** The archive's files, by path inside the zip. */
export function sampleArchiveFiles(now = Date.now()) {
  return {
    'data/manifest.js': `window.__THAR_CONFIG = ${JSON.stringify({
      userInfo: { accountId: ME.id, userName: ME.handle, displayName: ME.name },
      archiveInfo: { generationDate: new Date(now).toISOString() },
    })}`,
    'data/account.js': ytd('account', [
      {
        account: {
          username: ME.handle,
          accountId: ME.id,
          createdAt: '2014-03-01T00:00:00.000Z',
          accountDisplayName: ME.name,
        },
      },
    ]),
    'data/follower.js': ytd(
      'follower',
      FOLLOWERS.map((k) => ({
        follower: { accountId: P[k].id, userLink: `https://twitter.com/intent/user?user_id=${P[k].id}` },
      })),
    ),
    'data/following.js': ytd(
      'following',
      FOLLOWING.map((k) => ({
        following: { accountId: P[k].id, userLink: `https://twitter.com/intent/user?user_id=${P[k].id}` },
      })),
    ),
    'data/tweets.js': ytd('tweets', posts(now)),
    'data/direct-messages.js': ytd('direct_messages', dms(now)),
  };
}

/** The sample archive as zip bytes. */
export async function sampleArchive(now = Date.now()) {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false });
  for (const [path, text] of Object.entries(sampleArchiveFiles(now))) {
    await writer.add(`twitter-archive/${path}`, new TextReader(text));
  }
  return writer.close();
}
