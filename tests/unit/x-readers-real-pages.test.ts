// The DOM readers on the real X pages other projects saved (../shared/fixtures/x-dom): what a
// person reads there, the readers read. Two things real pages do that a replica may not: every
// link carries role="link" (a quoted post is a div[role=link]), and a follower's cell holds a
// hidden "Click to Follow <handle>" for screen readers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readUserCell } from '@/lib/x/people';
import { $$ } from '@/lib/x/selectors';
import { readTweet } from '@/lib/x/tweet';
import { describeWithFixtures, sharedFixture } from '../shared-fixtures';

const DIR = sharedFixture('x-dom');
const load = (file: string) =>
  new DOMParser().parseFromString(
    // Stylesheets left out: happy-dom would try to fetch them.
    readFileSync(join(DIR, file), 'utf8').replace(/<link\b[^>]*>/g, ''),
    'text/html',
  );
/** The saved pages of a folder; in a clone without ../shared, one name for the skipped test to carry. */
const pages = (dir: string) =>
  existsSync(join(DIR, dir))
    ? readdirSync(join(DIR, dir))
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(dir, f))
    : [`${dir} (not here)`];

describeWithFixtures('x-dom', 'DOM readers on real saved X pages', () => {
  const tweetPages = [
    ...pages('EltonChou_TwitterMediaHarvest/src/contentScript/testCases/tweet'),
    ...pages('mlamp_tweetyoink/tests/fixtures'),
  ];

  it.each(tweetPages)('reads an id and an author for every post on %s', (file) => {
    const articles = $$('tweet', load(file));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const post = readTweet(article);
      expect(post.tweetId, article.textContent?.slice(0, 80)).toMatch(/^\d+$/);
      expect(post.author?.handle).toMatch(/^\w{1,15}$/);
    }
  });

  it('reads no screen-reader label as a bio in a list of people', () => {
    const cells = $$(
      'userCell',
      load(
        'insin_control-panel-for-twitter/examples/Home_Twitter_complete.html.EXCERPT_chars_624000-656000.html',
      ),
    );
    // The excerpt ends inside its third cell.
    const people = cells.map(readUserCell);
    expect(people.filter((p) => p?.id).length).toBeGreaterThanOrEqual(2);
    for (const person of people) expect(person?.bio ?? '').not.toMatch(/Click to (Un)?[Ff]ollow/);
  });
});
