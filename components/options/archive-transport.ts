import { archiveChunks, type ImportPart, partTotals } from '@/lib/archive/chunks';
import type { ImportPost, MappedArchive, UnclassifiedPost } from '@/lib/archive/to-events';
import type { send as sendMessage } from '@/lib/messages/client';
import { MessageError, type Output } from '@/lib/messages/protocol';
import { CHUNK_LIMITS } from '@/lib/messages/protocol-archive';

type Send = typeof sendMessage;
export type CommitResult = Output<'archive.import.commit'>;

/** The import stopped part way: `fraction` (0..1) of the archive is stored, whole and consistent. */
export class ImportStopped extends Error {
  constructor(
    readonly fraction: number,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * Hands the mapped archive to the background: `begin`, chunks no bigger than CHUNK_LIMITS (each
 * stored as it arrives, in its own transaction), then `commit`, which finishes the import. Posts go
 * last, each chunk once `classified` says its posts have their verdicts (the archive worker judges
 * them while the rest is stored; an archive already classified needs no `classified`). Fails with
 * ImportStopped saying how much is stored; sending the same archive again finishes it.
 */
export async function sendArchiveImport(
  data: MappedArchive,
  send: Send,
  options: {
    signal?: AbortSignal;
    onProgress?: (fraction: number) => void;
    onCommit?: () => void;
    classified?: (n: number) => Promise<void>;
    /** Each part's first chunk is about to be sent (the benchmark's breakdown). */
    onPart?: (part: ImportPart) => void;
  } = {},
): Promise<CommitResult> {
  let stored = 0;
  const cancelled = () => {
    if (options.signal?.aborted) throw new MessageError('failed', 'Import cancelled.', 'cancelled');
  };
  try {
    const { importId } = await send('archive.import.begin', {
      account: data.account,
      seenAt: data.seenAt,
      totals: partTotals(data),
      counts: data.counts,
      ...(data.followersPartial && { followersPartial: true }),
    });
    let part: ImportPart | undefined;
    for (const chunk of archiveChunks(data, CHUNK_LIMITS)) {
      cancelled();
      if (chunk.part !== part) {
        part = chunk.part;
        options.onPart?.(part);
      }
      if (chunk.part === 'posts') {
        await options.classified?.(chunk.offset + chunk.items.length);
        cancelled();
      }
      const items = chunk.part === 'posts' ? judged(chunk.items) : chunk.items;
      const reply = await send('archive.import.chunk', {
        importId,
        offset: chunk.offset,
        [chunk.part]: items,
        // biome-ignore lint/suspicious/noExplicitAny: each part's items are the schema's items for that key.
      } as any);
      stored = reply.fraction;
      options.onProgress?.(stored);
    }
    cancelled();
    options.onCommit?.();
    return await send('archive.import.commit', { importId });
  } catch (error) {
    throw new ImportStopped(stored, error);
  }
}

/** Posts once classified: a post without its verdict is a bug, never stored unjudged. */
function judged(posts: UnclassifiedPost[]): ImportPost[] {
  for (const post of posts)
    if (!post.verdict) throw new MessageError('failed', `post ${post.key} has no verdict`, 'internal');
  return posts as ImportPost[];
}
