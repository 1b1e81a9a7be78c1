import { describe, expect, it } from 'vitest';
import { RULE_GROUPS } from '@/components/options/rule-groups';
import { RULE_IDS } from '@/lib/coach/rules';
import { learn, normalizeDomain, siteOf, sitesPostedOften } from '@/lib/settings/own-domains';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { backgroundOnFreshDatabase, contentScript, DANA } from '../archive/background-harness';
import { zipFiles } from '../archive/fixture-helpers';

describe('the site a link belongs to', () => {
  it.each([
    ['https://www.danawhitfield.dev/posts/slow-software', 'danawhitfield.dev'],
    ['blog.tidyform.io/launch', 'tidyform.io'],
    ['shop.example.co.uk/cart', 'example.co.uk'],
    ['danawhitfield.dev/ab…', 'danawhitfield.dev'],
    ['https://dana.substack.com/p/x', 'dana.substack.com'],
    ['https://substack.com/@dana', null],
    ['https://youtube.com/watch?v=1', null],
    ['https://github.com/dana/tool', null],
    ['https://en.wikipedia.org/wiki/Dinner', null],
    ['not a link', null],
  ])('%s → %s', (link, site) => expect(siteOf(link)).toBe(site));

  it('cleans what a person types', () => {
    expect(normalizeDomain('  HTTPS://www.Example.COM/a?b#c ')).toBe('example.com');
    expect(normalizeDomain('localhost')).toBeNull();
  });
});

describe('sites you post often', () => {
  const posts = (...links: string[][]) => links.map((l) => ({ links: l }));
  it('needs three posts; a post linking a site twice counts once; everyone’s sites never count', () => {
    const found = sitesPostedOften(
      posts(
        ['https://tidyform.io/a', 'https://tidyform.io/b'],
        ['https://blog.tidyform.io/c'],
        ['https://youtube.com/1', 'https://nyt.example/1'],
        ['https://youtube.com/2', 'https://nyt.example/2'],
        ['https://youtube.com/3'],
      ),
    );
    expect(found).toEqual([]);
    const more = sitesPostedOften(
      posts(['https://tidyform.io/a'], ['https://tidyform.io/b'], ['https://app.tidyform.io/c'], []),
    );
    expect(more).toEqual(['tidyform.io']);
  });

  it('learns only what is new: not typed, not learned, not removed before', () => {
    const settings = { ownDomains: ['a.dev'], learnedDomains: ['b.dev'], forgottenDomains: ['c.dev'] };
    expect(learn(settings, ['a.dev', 'b.dev', 'c.dev'])).toBeNull();
    expect(learn(settings, ['d.dev', 'a.dev', 'd.dev'])).toEqual({ learnedDomains: ['b.dev', 'd.dev'] });
  });
});

describe('the options page lists every rule once', () => {
  it('RULE_GROUPS holds exactly the coach’s rules', () => {
    const listed = RULE_GROUPS.flatMap((g) => g.rules.map((r) => r.id));
    expect([...listed].sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('the background learns your own domains, per account', () => {
  const me = DANA;
  const { raw } = backgroundOnFreshDatabase({ sender: contentScript });
  const record = (events: unknown[], account = me) => raw('events.record', { account, batchId: 'b', events });
  const post = (n: number, links: string[]) => ({
    type: 'post',
    key: `post:${n}`,
    at: Date.now() - n * 1000,
    kind: 'post',
    text: `post ${n} ${links.join(' ')}`,
    links,
    mentions: [],
  });
  const settled = async (account: string, want: string[]) => {
    for (let i = 0; i < 50; i++) {
      if ((await loadSettings(account)).learnedDomains.length >= want.length) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await loadSettings(account)).learnedDomains).toEqual(want);
  };

  it('from your own profile’s website, and from a site in three of your posts', async () => {
    expect(
      await record([{ type: 'profile', person: { ...me, url: 'danawhitfield.dev' }, at: Date.now() }]),
    ).toMatchObject({
      ok: true,
    });
    await settled(me.id, ['danawhitfield.dev']);
    // Someone else's profile website teaches nothing.
    await record([
      { type: 'profile', person: { id: '77', handle: 'maya', url: 'mayaokafor.com' }, at: Date.now() },
    ]);
    await record([post(1, ['https://tidyform.io/a']), post(2, ['https://tidyform.io/b'])]);
    await new Promise((r) => setTimeout(r, 50));
    expect((await loadSettings(me.id)).learnedDomains).toEqual(['danawhitfield.dev']);
    await record([post(3, ['https://app.tidyform.io/c'])]);
    await settled(me.id, ['danawhitfield.dev', 'tidyform.io']);
    // Another account learns nothing from @dana_builds's posts.
    expect((await loadSettings('2000000002')).learnedDomains).toEqual([]);
  });

  it('never learns again a domain the person removed', async () => {
    await saveSettings({ forgottenDomains: ['danawhitfield.dev'] }, me.id);
    await record([{ type: 'profile', person: { ...me, url: 'https://danawhitfield.dev' }, at: Date.now() }]);
    await new Promise((r) => setTimeout(r, 50));
    expect((await loadSettings(me.id)).learnedDomains).toEqual([]);
  });
});

describe('an archive import learns from its posts', () => {
  const { send } = backgroundOnFreshDatabase();
  it('a site in three archived posts becomes a learned domain of the archive’s account', async () => {
    const { readArchive } = await import('@/lib/archive/read-zip');
    const { toArchiveImport } = await import('@/lib/archive/to-events');
    const { sendArchiveImport } = await import('@/components/options/archive-transport');
    const ME = '1500000000000000001';
    const tweet = (n: number) => ({
      tweet: {
        id_str: `160000000000000000${n}`,
        created_at: 'Wed Oct 10 20:19:24 +0000 2018',
        full_text: `new chapter https://t.co/${n}`,
        entities: { urls: [{ expanded_url: `https://lina.blog/chapter-${n}`, url: `https://t.co/${n}` }] },
      },
    });
    const zip = await zipFiles([
      {
        path: 'data/account.js',
        data: `window.YTD.account.part0 = [ { "account" : { "username" : "lina", "accountId" : "${ME}" } } ]`,
      },
      { path: 'data/tweets.js', data: `window.YTD.tweets.part0 = ${JSON.stringify([1, 2, 3].map(tweet))}` },
    ]);
    await sendArchiveImport(toArchiveImport(await readArchive(zip)), send);
    expect((await loadSettings(ME)).learnedDomains).toEqual(['lina.blog']);
  });
});
