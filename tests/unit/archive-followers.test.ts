// @vitest-environment node
// What an archive's follower list may and may not say: a list with parts missing says nothing of who
// left, and an archive older than a known unfollow does not make the person a follower again.
import { describe, expect, it } from 'vitest';
import { sendArchiveImport } from '@/components/options/archive-transport';
import { readArchive } from '@/lib/archive/read-zip';
import { toArchiveImport } from '@/lib/archive/to-events';
import type { ArchiveContents } from '@/lib/archive/types';
import { backgroundOnFreshDatabase, DANA } from '../archive/background-harness';

const { state, send } = backgroundOnFreshDatabase();
const file = (path: string, text: string) => ({ path, file: new Blob([text]) });
const manifest = (files: string[], date: string) =>
  `window.__THAR_CONFIG = ${JSON.stringify({
    userInfo: { accountId: DANA.id, userName: DANA.handle, displayName: 'Dana' },
    archiveInfo: { generationDate: date },
    dataTypes: { follower: { files: files.map((fileName) => ({ fileName, globalName: 'x', count: '2' })) } },
  })}`;
const followerFile = (part: number, ids: string[]) =>
  `window.YTD.follower.part${part} = ${JSON.stringify(ids.map((accountId) => ({ follower: { accountId } })))}`;
const account = `window.YTD.account.part0 = [{"account":{"accountId":"${DANA.id}","username":"${DANA.handle}"}}]`;
const followsMe = async (id: string) => (await state.db.get('contacts', [DANA.id, id]))?.followsMe;
const BOTH_PARTS = ['data/follower.js', 'data/follower-part1.js'];

describe('an archive whose manifest lists follower files it lacks', () => {
  it('marks nobody unfollowed, and says so', async () => {
    const whole = await readArchive([
      file('data/manifest.js', manifest(BOTH_PARTS, '2025-01-01T00:00:00.000Z')),
      file('data/account.js', account),
      file('data/follower.js', followerFile(0, ['11', '12'])),
      file('data/follower-part1.js', followerFile(1, ['13', '14'])),
    ]);
    const wholeImport = toArchiveImport(whole);
    expect(wholeImport.followersPartial).toBeUndefined();
    await sendArchiveImport(wholeImport, send);
    // A newer archive of the same account with one follower file lost on the way.
    const partial = await readArchive([
      file('data/manifest.js', manifest(BOTH_PARTS, '2025-06-01T00:00:00.000Z')),
      file('data/account.js', account),
      file('data/follower.js', followerFile(0, ['11', '12'])),
    ]);
    const partialImport = toArchiveImport(partial);
    expect(partialImport.followersPartial).toBe(true);
    await sendArchiveImport(partialImport, send);
    expect(await followsMe('13')).toBe(true);
    expect(await followsMe('14')).toBe(true);
  });

  it('still marks who left when every follower file is there', async () => {
    const at = (date: string, ids: string[]) =>
      readArchive([
        file('data/manifest.js', manifest(['data/follower.js'], date)),
        file('data/account.js', account),
        file('data/follower.js', followerFile(0, ids)),
      ]);
    await sendArchiveImport(toArchiveImport(await at('2025-01-01T00:00:00.000Z', ['11', '12'])), send);
    await sendArchiveImport(toArchiveImport(await at('2025-06-01T00:00:00.000Z', ['11'])), send);
    expect(await followsMe('11')).toBe(true);
    expect(await followsMe('12')).toBe(false);
  });
});

describe('an archive older than what is known', () => {
  const contents = (generatedAt: number, ids: string[]): ArchiveContents => ({
    version: 1,
    account: { id: DANA.id, handle: DANA.handle },
    followers: ids,
    following: [],
    posts: [],
    dms: [],
    likes: [],
    meta: { generation: 'data-folder', generatedAt, files: [], missingFiles: [] },
  });
  const NOW = Date.UTC(2026, 0, 1);

  it('does not make someone who has since unfollowed a follower again', async () => {
    const older = contents(Date.UTC(2024, 0, 1), ['21', '22']);
    await sendArchiveImport(toArchiveImport(older, { now: NOW }), send);
    await sendArchiveImport(toArchiveImport(contents(Date.UTC(2025, 0, 1), ['21']), { now: NOW }), send);
    expect(await followsMe('22')).toBe(false);
    await sendArchiveImport(toArchiveImport(older, { now: NOW }), send);
    expect(await followsMe('22')).toBe(false);
    expect(await followsMe('21')).toBe(true);
    expect((await state.db.get('contacts', [DANA.id, '22']))?.unfollowedAt).toBe(Date.UTC(2025, 0, 1));
  });
});
