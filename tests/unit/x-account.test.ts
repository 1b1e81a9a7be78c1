import { beforeEach, describe, expect, it } from 'vitest';
import {
  accountFromInitialState,
  accountIdOf,
  detectAccount,
  idFromCookie,
  idFromInitialState,
} from '@/lib/x/account';

describe('idFromCookie', () => {
  it.each([
    ['twid=u%3D1000000001', '1000000001'],
    ['guest_id=v1%3A1; twid=u%3D44196397; ct0=abc', '44196397'],
    ['twid="u=44196397"', undefined],
    ['twid=u%3Dnot-a-number', undefined],
    ['', undefined],
  ])('%s -> %s', (cookie, id) => {
    expect(idFromCookie(cookie)).toBe(id);
  });
});

describe('detectAccount', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.cookie = 'twid=u%3D1000000001';
  });

  it('reads the handle from the side bar profile link and the id from the cookie', () => {
    const link = document.createElement('a');
    link.setAttribute('data-testid', 'AppTabBar_Profile_Link');
    link.setAttribute('href', '/dana_builds');
    document.body.append(link);
    expect(detectAccount()).toMatchObject({ handle: 'dana_builds', id: '1000000001' });
  });

  it('falls back to the account switcher avatar and reads the display name there', () => {
    const switcher = document.createElement('div');
    switcher.setAttribute('data-testid', 'SideNav_AccountSwitcher_Button');
    const avatar = document.createElement('div');
    avatar.setAttribute('data-testid', 'UserAvatar-Container-dana_builds');
    const name = document.createElement('span');
    name.textContent = 'Dana Whitfield';
    const handle = document.createElement('span');
    handle.textContent = '@dana_builds';
    switcher.append(avatar, name, handle);
    document.body.append(switcher);
    expect(detectAccount()).toMatchObject({ handle: 'dana_builds', name: 'Dana Whitfield' });
  });

  it('finds no account on a logged-out page', () => {
    expect(detectAccount()).toBeUndefined();
  });
});

describe("the id from X's inline state, when the cookie cannot be read", () => {
  const page = (state: string, before = '') =>
    new DOMParser().parseFromString(
      `<body><div id="react-root"></div>${before}<script>window.__INITIAL_STATE__=${state};</script></body>`,
      'text/html',
    );
  const STATE = JSON.stringify({
    optimist: [],
    entities: { users: { entities: { '1000000001': { screen_name: 'dana_builds', user_id_str: '1' } } } },
    session: { country: 'NL', flags: { a: { b: 1 } }, isActiveCreator: false, user_id: '1000000001' },
  });

  it('reads session.user_id, past nested objects in the session', () => {
    expect(idFromInitialState(page(STATE))).toBe('1000000001');
  });

  it('reads no other user_id, and nothing from other scripts', () => {
    const other = '<script>var data = {"session":{"user_id":"999"}};</script>';
    expect(
      idFromInitialState(page(JSON.stringify({ session: { isActiveCreator: false } }), other)),
    ).toBeUndefined();
    expect(idFromInitialState(page('{"user_id":"42"}'))).toBeUndefined();
  });

  /** A page whose `twid` cookie reads as given (happy-dom's documents share one cookie jar). */
  const withCookie = (doc: Document, cookie: string) => {
    Object.defineProperty(doc, 'cookie', { value: cookie });
    return doc;
  };

  it('takes the cookie first, the inline state when there is no cookie', () => {
    expect(accountIdOf(withCookie(page(STATE), 'twid=u%3D77'))).toBe('77');
    expect(accountIdOf(withCookie(page(STATE), 'ct0=abc'))).toBe('1000000001');
  });

  it('reads the state written with spaces as well', () => {
    const spaced = JSON.stringify(JSON.parse(STATE), null, 2);
    expect(accountFromInitialState(withCookie(page(spaced), ''))).toEqual({
      handle: 'dana_builds',
      id: '1000000001',
    });
  });

  it('names the account from the state alone when the page has no side bar, never someone else', () => {
    // The side bar reader finds nothing there; the state's reader does.
    expect(detectAccount(withCookie(page(STATE), ''))).toBeUndefined();
    expect(accountFromInitialState(withCookie(page(STATE), ''))).toEqual({
      handle: 'dana_builds',
      id: '1000000001',
    });
    const state = (users: Record<string, object>, session: object) =>
      withCookie(page(JSON.stringify({ entities: { users: { entities: users } }, session })), '');
    // Another user's entity before ours.
    expect(
      accountFromInitialState(
        state(
          { '42': { screen_name: 'not_me' }, '1000000001': { screen_name: 'dana_builds' } },
          { user_id: '1000000001' },
        ),
      )?.handle,
    ).toBe('dana_builds');
    // Our entity without a screen_name, then another user's: not theirs.
    const long = { description: 'x'.repeat(100), id_str: '1000000001' };
    expect(
      accountFromInitialState(
        state({ '1000000001': long, '42': { screen_name: 'not_me' } }, { user_id: '1000000001' }),
      ),
    ).toBeUndefined();
    // No entity of ours.
    expect(
      accountFromInitialState(state({ '42': { screen_name: 'not_me' } }, { user_id: '7' })),
    ).toBeUndefined();
    // Signed out: the session's user_id is null, and a later user_id is no one's session.
    expect(
      idFromInitialState(
        page(JSON.stringify({ session: { user_id: null, country: 'NL' }, other: { user_id: '42' } })),
      ),
    ).toBeUndefined();
  });

  it('lets detectAccount find the id without the cookie', () => {
    const doc = page(STATE, '<a data-testid="AppTabBar_Profile_Link" href="/dana_builds"></a>');
    expect(detectAccount(withCookie(doc, ''))).toMatchObject({ handle: 'dana_builds', id: '1000000001' });
  });
});
