import { t } from '@/lib/i18n/t';
import { etaParts, KINDS, type Kind, type KindCounts, type Progress } from './archive-progress';

const PHASE_WORDS = {
  read: 'archiveReading',
  classify: 'archiveClassifying',
  save: 'archiveHandingOver',
} as const;

const COUNT_WORDS = {
  followers: 'archiveCountFollowers',
  following: 'archiveCountFollowing',
  posts: 'archiveCountPosts',
  dms: 'archiveCountMessages',
  likes: 'archiveCountLikes',
} as const satisfies Record<Kind, string>;

/** The import's bar, what it is doing, about how long is left, and what it has counted so far. */
export function ArchiveProgress({
  progress,
  counts,
  committing,
}: {
  progress: Progress;
  counts: KindCounts;
  committing: boolean;
}) {
  const percent = Math.round(progress.fraction * 100);
  const eta = progress.eta === undefined ? undefined : etaParts(progress.eta);
  return (
    <div class="archive-progress">
      <progress
        data-testid="dt-import-progress"
        max={100}
        value={percent}
        aria-label={t('archiveProgressLabel')}
      />
      <p>
        {t(committing ? 'archiveSaving' : PHASE_WORDS[progress.phase])} {t('percent', { percent })}
        {eta && (
          <span class="muted">
            {' · '}
            {'seconds' in eta
              ? t('archiveEtaSeconds', { seconds: eta.seconds })
              : t('archiveEtaMinutes', { minutes: eta.minutes })}
          </span>
        )}
      </p>
      <ul class="archive-counts">
        {KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            {t(COUNT_WORDS[kind], { count: counts[kind] ?? 0 })}
          </li>
        ))}
      </ul>
    </div>
  );
}
