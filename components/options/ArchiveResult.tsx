import { t, tp } from '@/lib/i18n/t';
import type { CommitResult } from './archive-transport';

interface Props {
  result: CommitResult;
  /** Rows of a data file the reader could not use, per file. */
  skippedRows: { file: string; rows: number }[];
  /** The archive lacked some follower files: nobody was marked unfollowed. */
  followersPartial?: boolean;
  /** When each phase began (ms), for the import benchmark. */
  timings: string;
}

/** What an archive import brought: counts of each kind, what was new, and the rows it had to skip. */
export function ArchiveResult({ result, skippedRows, followersPartial = false, timings }: Props) {
  const { imported: n, added } = result;
  const nothingNew = added.contacts + added.posts + added.interactions === 0;
  return (
    <div
      class={`notice ${skippedRows.length || followersPartial ? 'warn' : 'good'}`}
      role="status"
      data-testid="dt-import-result"
      data-account={result.account.id}
      data-followers={n.followers}
      data-following={n.following}
      data-posts={n.posts}
      data-dms={n.dms}
      data-likes={n.likes}
      data-skipped={skippedRows.reduce((sum, s) => sum + s.rows, 0)}
      data-timings={timings}
    >
      <p>
        <strong>
          {t('archiveImported', {
            handle: result.account.handle,
            followers: n.followers,
            following: n.following,
            posts: n.posts,
            messages: n.dms,
            likes: n.likes,
          })}
        </strong>
        {n.reposts > 0 && <> {tp('archiveImportedReposts', n.reposts)}</>}
      </p>
      <p>
        {nothingNew
          ? t('archiveNothingNew')
          : t('archiveNew', { people: added.contacts, posts: added.posts, interactions: added.interactions })}
      </p>
      {followersPartial && <p data-testid="dt-import-followers-partial">{t('archiveFollowersPartial')}</p>}
      {skippedRows.length > 0 && (
        <ul class="small" data-testid="dt-import-skipped">
          {skippedRows.map((s) => (
            <li key={s.file}>{tp('archiveSkippedRows', s.rows, { file: s.file })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
