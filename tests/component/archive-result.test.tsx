import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveResult } from '@/components/options/ArchiveResult';
import type { CommitResult } from '@/components/options/archive-transport';

const result: CommitResult = {
  account: { id: '1000000001', handle: 'dana_builds' },
  imported: { followers: 2, following: 0, posts: 0, reposts: 0, dms: 0, likes: 0 },
  added: { contacts: 2, posts: 0, interactions: 0 },
};

afterEach(cleanup);

describe('the result of an archive import', () => {
  it('warns that nobody was marked unfollowed when follower files were missing', () => {
    render(<ArchiveResult result={result} skippedRows={[]} followersPartial timings="" />);
    expect(screen.getByRole('status').className).toContain('warn');
    expect(screen.getByText(/follower files were missing, so nobody was marked/)).toBeTruthy();
  });

  it('says nothing of it when the follower list was whole', () => {
    render(<ArchiveResult result={result} skippedRows={[]} timings="" />);
    expect(screen.getByRole('status').className).toContain('good');
    expect(screen.queryByText(/follower files were missing/)).toBeNull();
  });
});
