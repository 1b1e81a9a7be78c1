import { beforeEach, describe, expect, it } from 'vitest';
import { detectAccount, idFromCookie } from '@/lib/x/account';

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
