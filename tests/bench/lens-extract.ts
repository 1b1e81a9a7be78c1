// The lens's own work on X's saved responses, in Node: JSON.parse of the body (what the lens does
// for a body X's page read as text) and the walk that pulls users and posts out of it (always).
// Prints one JSON line: per file its size and median milliseconds of each step.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../../lib/x/lens/extract';

const FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures/x-dom');
const FILES: [string, string][] = [
  ['vladkens_twscrape/tests/mocked-data/raw_followers.json', 'Followers'],
  ['vladkens_twscrape/tests/mocked-data/raw_following.json', 'Following'],
  ['vladkens_twscrape/tests/mocked-data/raw_tweet_details.json', 'TweetDetail'],
  ['vladkens_twscrape/tests/mocked-data/raw_user_tweets_and_replies.json', 'UserTweetsAndReplies'],
  ['vladkens_twscrape/tests/mocked-data/raw_search.json', 'SearchTimeline'],
  ['lockdown-systems_cyd/testdata/x/XUserRepliesTimeline_20260914.json', 'UserRepliesTimeline'],
];
const REPS = Number(process.env.DT_BENCH_REPS ?? 15);

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1] ?? 0;

if (!existsSync(FIXTURES)) {
  console.log(JSON.stringify({ skipped: `no ${FIXTURES}` }));
} else {
  const rows = [];
  for (const [file, op] of FILES) {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const parse: number[] = [];
    const walk: number[] = [];
    let facts = 0;
    for (let i = 0; i < REPS; i++) {
      let t = performance.now();
      const body = JSON.parse(text);
      parse.push(performance.now() - t);
      t = performance.now();
      const out = extract(op, body);
      walk.push(performance.now() - t);
      facts = out.users.length + out.posts.length;
    }
    rows.push({
      file: file.split('/').pop(),
      op,
      kb: Math.round(text.length / 1024),
      // The first run is what a page pays once (cold code); the median, every later response.
      firstParseMs: parse[0],
      firstWalkMs: walk[0],
      parseMs: median(parse),
      walkMs: median(walk),
      facts,
    });
  }
  console.log(JSON.stringify({ rows }));
}
