import type {
  ArchiveImport,
  ImportInteraction,
  ImportLike,
  ImportPost,
  MappedArchive,
  UnclassifiedPost,
} from './to-events';

/**
 * The parts of an archive import in the order they are sent and stored: the people first (so the
 * rest finds their rows), then what you said to them, the likes, the handles the archive shows
 * (applied once every row they name exists), and your posts last: they touch no one's row, and
 * the coach is still judging them while the rest is stored (lib/archive/worker-entry.ts).
 */
export const IMPORT_PARTS = ['followers', 'following', 'interactions', 'likes', 'handles', 'posts'] as const;
export type ImportPart = (typeof IMPORT_PARTS)[number];
export type PartCounts = Record<ImportPart, number>;

/** What one chunk carries: one part's items from `offset` on (an edge's time depends on its position). */
export type ArchiveChunk<Post = ImportPost> = { offset: number } & (
  | { part: 'followers'; items: string[] }
  | { part: 'following'; items: string[] }
  | { part: 'posts'; items: Post[] }
  | { part: 'interactions'; items: ImportInteraction[] }
  | { part: 'likes'; items: ImportLike[] }
  | { part: 'handles'; items: [string, string][] }
);

const listsOf = (data: MappedArchive) => ({
  followers: data.followers,
  following: data.following,
  posts: data.posts,
  interactions: data.interactions,
  likes: data.likes,
  handles: Object.entries(data.handles),
});

export function partTotals(data: MappedArchive): PartCounts {
  const lists = listsOf(data);
  return Object.fromEntries(IMPORT_PARTS.map((part) => [part, lists[part].length])) as PartCounts;
}

/** The import cut into chunks of at most `limits[part]` items, in IMPORT_PARTS order. */
export function archiveChunks(data: ArchiveImport, limits: PartCounts): Generator<ArchiveChunk>;
/** The same with posts that may still await their verdicts: check them before sending. */
export function archiveChunks(
  data: MappedArchive,
  limits: PartCounts,
): Generator<ArchiveChunk<UnclassifiedPost>>;
export function* archiveChunks(
  data: MappedArchive,
  limits: PartCounts,
): Generator<ArchiveChunk<UnclassifiedPost>> {
  const lists = listsOf(data);
  for (const part of IMPORT_PARTS) {
    const list = lists[part] as unknown[];
    for (let offset = 0; offset < list.length; offset += limits[part])
      yield {
        part,
        offset,
        items: list.slice(offset, offset + limits[part]),
      } as ArchiveChunk<UnclassifiedPost>;
  }
}

/** How much of an import is stored, 0..1, from its journal's counts (every part's items weigh the same). */
export function storedFraction(totals: PartCounts, done: PartCounts): number {
  let all = 0;
  let stored = 0;
  for (const part of IMPORT_PARTS) {
    all += totals[part];
    stored += Math.min(done[part], totals[part]);
  }
  return all === 0 ? 1 : stored / all;
}
