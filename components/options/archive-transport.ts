import type { ArchiveImport } from '@/lib/archive/to-events';
import type { send as sendMessage } from '@/lib/messages/client';
import { MessageError, type Output } from '@/lib/messages/protocol';
import { CHUNK_LIMITS } from '@/lib/messages/protocol-archive';

type Send = typeof sendMessage;
export type CommitResult = Output<'archive.import.commit'>;

/**
 * Hands the mapped archive to the background: `begin`, chunks no bigger than CHUNK_LIMITS, then
 * `commit` (one transaction). Anything failing before the commit aborts the staged import.
 */
export async function sendArchiveImport(
  data: ArchiveImport,
  send: Send,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void; onCommit?: () => void } = {},
): Promise<CommitResult> {
  const handles = Object.entries(data.handles);
  const parts = {
    followers: data.followers,
    following: data.following,
    posts: data.posts,
    interactions: data.interactions,
    likes: data.likes,
    handles,
  } as const;
  const totalItems = Object.values(parts).reduce((n, list) => n + list.length, 0) || 1;
  const { importId } = await send('archive.import.begin', {
    account: data.account,
    seenAt: data.seenAt,
    totals: {
      followers: data.followers.length,
      following: data.following.length,
      posts: data.posts.length,
      interactions: data.interactions.length,
      likes: data.likes.length,
    },
    counts: data.counts,
  });
  let sent = 0;
  try {
    for (const [part, list] of Object.entries(parts) as [keyof typeof parts, readonly unknown[]][]) {
      const size = CHUNK_LIMITS[part];
      for (let i = 0; i < list.length; i += size) {
        if (options.signal?.aborted) throw new MessageError('failed', 'Import cancelled.');
        const slice = list.slice(i, i + size);
        // biome-ignore lint/suspicious/noExplicitAny: each part's items are the schema's items for that key.
        await send('archive.import.chunk', { importId, [part]: slice } as any);
        sent += slice.length;
        options.onProgress?.(sent / totalItems);
      }
    }
    if (options.signal?.aborted) throw new MessageError('failed', 'Import cancelled.');
  } catch (error) {
    await send('archive.import.abort', { importId }).catch(() => {});
    throw error;
  }
  options.onCommit?.();
  return send('archive.import.commit', { importId });
}
