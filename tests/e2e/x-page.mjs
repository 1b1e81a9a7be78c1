// Helpers that act on the replica as a person would: click, type, read what X shows.

export const ME = { id: '1000000001', handle: 'dana_builds' };

/** Types into a Draft.js composer the way a person does: focus it, then real key presses. */
export async function typeInto(page, css, text) {
  await page.waitForSelector(css, { timeout: 15_000 });
  await page.click(css);
  await page.keyboard.type(text, { delay: 2 });
}

export function composerText(page, css) {
  return page.$eval(css, (el) =>
    [...el.querySelectorAll('[data-block="true"]')].map((b) => b.textContent).join('\n'),
  );
}

/** The nudge beside the n-th composer on the page (in document order). */
export function nudgeState(page, index = 0) {
  return page.evaluate((i) => {
    const host = document.querySelectorAll('dinner-table-coach')[i];
    const nudge = host?.shadowRoot?.querySelector('[data-testid="dt-nudge"]');
    if (!nudge) return null;
    return {
      verdict: nudge.getAttribute('data-verdict'),
      held: nudge.classList.contains('held'),
      rules: [...nudge.querySelectorAll('[data-testid="dt-finding"]')].map((f) =>
        f.getAttribute('data-rule'),
      ),
      pill: nudge.querySelector('.pill')?.textContent,
    };
  }, index);
}

export function waitForVerdict(page, verdict, index = 0) {
  return page.waitForFunction(
    (v, i) =>
      document
        .querySelectorAll('dinner-table-coach')
        [i]?.shadowRoot?.querySelector(`[data-testid="dt-nudge"][data-verdict="${v}"]`),
    { timeout: 10_000, polling: 50 },
    verdict,
    index,
  );
}

/** Clicks a button inside the nudge's shadow root (dt-post-anyway, dt-not-now, dt-more, the pill). */
export async function clickInNudge(page, css, index = 0) {
  const handle = await page.waitForFunction(
    (c, i) => document.querySelectorAll('dinner-table-coach')[i]?.shadowRoot?.querySelector(c),
    { timeout: 10_000, polling: 50 },
    css,
    index,
  );
  await handle.click();
}

export async function waitForHeld(page, index = 0) {
  await page.waitForFunction(
    (i) =>
      document
        .querySelectorAll('dinner-table-coach')
        [i]?.shadowRoot?.querySelector('.held [data-testid="dt-post-anyway"]'),
    { timeout: 10_000, polling: 50 },
    index,
  );
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts counting the page's own post requests (CreateTweet, DM sends) and returns a reader.
 * X's handlers open that request inside the click/keydown dispatch, so once the held card shows the
 * dispatch is over: a count of 0 proves the held click never reached X, with no sleep to outwait a
 * request that might still be on its way. Call it again after a navigation (a new page starts at 0).
 */
export async function countPostRequests(page) {
  await page.evaluate(() => {
    if (window.__dtPostRequests) {
      window.__dtPostRequests.n = 0;
      return;
    }
    const counter = { n: 0 };
    window.__dtPostRequests = counter;
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (method, url, ...rest) {
      if (/\/CreateTweet$|\/i\/api\/replica\/dm$/.test(String(url))) counter.n++;
      return open.call(this, method, url, ...rest);
    };
  });
  return () => page.evaluate(() => window.__dtPostRequests?.n ?? 0);
}

/**
 * Waits for what a click posted, with no fixed sleep: until the replica has a new post and every post
 * request the page opened (`postRequests`, from countPostRequests) has reached it. X opens the request
 * inside the click's dispatch, so by the time the first post lands, a second from the same click is
 * already counted and is waited for too. Returns how many requests the page opened.
 */
export async function waitForPosts(replica, before, postRequests, timeout = 5000) {
  const end = Date.now() + timeout;
  let asked = 0;
  while (Date.now() < end) {
    asked = await postRequests();
    const arrived = replica.posts.length - before;
    if (arrived > 0 && arrived >= asked) return asked;
    await sleep(50);
  }
  throw new Error(`posts: ${replica.posts.length - before} arrived, ${asked} asked for, after ${timeout} ms`);
}

/**
 * Index of the nudge that belongs to the composer matched by `css`, once it is there (the coach
 * loads at the first focus of a composer, so it may come a moment after the typing began).
 */
export async function nudgeIndexFor(page, css) {
  const handle = await page.waitForFunction(
    (c) => {
      const composer = document.querySelector(c);
      if (!composer) return false;
      const scope = composer.closest('[data-testid$="_label"]') ?? composer;
      const hosts = [...document.querySelectorAll('dinner-table-coach')];
      const index = hosts.findIndex((h) => h.previousElementSibling === scope);
      return index >= 0 ? String(index) : false;
    },
    { timeout: 10_000, polling: 50 },
    css,
  );
  return Number(await handle.jsonValue());
}
