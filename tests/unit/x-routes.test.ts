import { describe, expect, it } from 'vitest';
import { chatPartner, routeOf } from '@/lib/x/routes';

describe('routeOf', () => {
  it.each([
    ['https://x.com/home', { name: 'home' }],
    ['https://twitter.com/home', { name: 'home' }],
    ['https://mobile.x.com/home', { name: 'home' }],
    ['https://x.com/compose/post', { name: 'compose' }],
    ['https://x.com/compose/tweet', { name: 'compose' }],
    ['https://x.com/notifications', { name: 'notifications' }],
    ['https://x.com/notifications/mentions', { name: 'notifications' }],
    ['https://x.com/i/chat', { name: 'chat' }],
    ['https://x.com/i/chat/1000000001-1000000002', { name: 'chat', chatIds: ['1000000001', '1000000002'] }],
    ['https://x.com/maya_okafor', { name: 'profile', handle: 'maya_okafor' }],
    ['https://x.com/maya_okafor/with_replies', { name: 'profile', handle: 'maya_okafor' }],
    ['https://x.com/maya_okafor/media', { name: 'profile', handle: 'maya_okafor' }],
    [
      'https://x.com/maya_okafor/status/1861000026214400175',
      { name: 'status', handle: 'maya_okafor', tweetId: '1861000026214400175' },
    ],
    [
      'https://x.com/maya_okafor/status/1861000026214400175/photo/1',
      { name: 'status', handle: 'maya_okafor', tweetId: '1861000026214400175' },
    ],
    ['https://x.com/dana_builds/followers', { name: 'followers', handle: 'dana_builds' }],
    ['https://x.com/dana_builds/verified_followers', { name: 'followers', handle: 'dana_builds' }],
    ['https://x.com/dana_builds/following', { name: 'following', handle: 'dana_builds' }],
    ['https://x.com/explore', { name: 'other' }],
    ['https://x.com/settings/profile', { name: 'other' }],
    ['https://x.com/i/bookmarks', { name: 'other' }],
    ['https://x.com/search?q=dinner', { name: 'other' }],
    ['https://example.com/home', { name: 'other' }],
    ['https://x.com/this_handle_is_too_long_for_x', { name: 'other' }],
  ])('%s', (url, route) => {
    expect(routeOf(url)).toEqual(route);
  });

  it('finds the chat partner: the id that is not yours', () => {
    const route = routeOf('https://x.com/i/chat/1000000001-1000000002');
    expect(chatPartner(route, '1000000002')).toBe('1000000001');
    expect(chatPartner(route, '1000000001')).toBe('1000000002');
    expect(chatPartner(route, '42')).toBeUndefined();
  });
});
