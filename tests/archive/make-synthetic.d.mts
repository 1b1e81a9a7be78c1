export interface SyntheticOptions {
  followers?: number;
  following?: number;
  posts?: number;
  tweetParts?: number;
  dms?: number;
  conversations?: number;
  likes?: number;
  /** Total size of the stored media entries (default 1 GiB). */
  mediaBytes?: number;
  mediaFileBytes?: number;
  /** Top-level folder, e.g. "twitter-2024-01-01-abc/". */
  prefix?: string;
  zip64?: boolean;
}
export interface SyntheticResult {
  path: string;
  bytes: number;
  expected: {
    account: { id: string; handle: string; name: string };
    followers: number;
    following: number;
    posts: number;
    dms: number;
    conversations: number;
    likes: number;
  };
}
export const SYNTHETIC_OWNER: { id: string; handle: string; name: string };
export function makeSyntheticArchive(path: string, options?: SyntheticOptions): Promise<SyntheticResult>;
