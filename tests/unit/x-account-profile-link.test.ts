import { describe, expect, it } from 'vitest';
import { detectAccount } from '@/lib/x/account';

/** The side bar's profile link alone: no account switcher avatar to fall back on. */
function profileLink(href: string) {
  const link = document.createElement('a');
  link.setAttribute('data-testid', 'AppTabBar_Profile_Link');
  link.setAttribute('href', href);
  document.body.replaceChildren(link);
}

describe('the account from the side bar profile link', () => {
  it.each([
    ['https://x.com/lena', 'lena'],
    ['https://twitter.com/lena', 'lena'],
    ['https://mobile.x.com/lena/', 'lena'],
    ['/lena', 'lena'],
    ['/lena/', 'lena'],
  ])('%s names %s', (href, handle) => {
    profileLink(href);
    expect(detectAccount()).toMatchObject({ handle });
  });

  it.each(['https://example.com/lena', '/lena/status/1', 'https://x.com/lena/likes'])(
    '%s names no one',
    (href) => {
      profileLink(href);
      expect(detectAccount()).toBeUndefined();
    },
  );
});
