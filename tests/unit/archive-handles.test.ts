// A person renamed between two of your posts is stored under the handle they have now: their old one
// may be someone else's today.
import { describe, expect, it } from 'vitest';
import { toArchiveImport } from '@/lib/archive/to-events';
import type { ArchiveContents } from '@/lib/archive/types';

const ME = { id: '1000000001', handle: 'dana_builds' };
const replyTo = (id: string, year: number, handle: string) => ({
  id,
  text: `@${handle} hi`,
  createdAt: Date.UTC(year, 0, 1),
  kind: 'reply' as const,
  inReplyToUserId: '5',
  inReplyToHandle: handle,
  inReplyToTweetId: '1',
  mentions: [{ id: '5', handle }],
  urls: [],
  isRetweet: false,
});
const archiveOf = (posts: ReturnType<typeof replyTo>[]): ArchiveContents => ({
  version: 1,
  account: ME,
  followers: ['5'],
  following: [],
  posts,
  dms: [],
  likes: [],
  meta: { generation: 'data-folder', files: [], missingFiles: [] },
});

describe('the handles an archive teaches', () => {
  it("keeps each person's newest handle, in whatever order the archive lists the posts", () => {
    const newer = replyTo('1700000000000000002', 2024, 'new_name');
    const older = replyTo('600000000000000001', 2015, 'old_name');
    expect(toArchiveImport(archiveOf([newer, older])).handles['5']).toBe('new_name');
    expect(toArchiveImport(archiveOf([older, newer])).handles['5']).toBe('new_name');
  });
});
