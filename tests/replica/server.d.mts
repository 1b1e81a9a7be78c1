import type { Seed } from './seed.ts';

export interface ReplicaPost {
  /** 'dm' for chat messages; absent for CreateTweet posts */
  kind?: 'dm';
  id?: string;
  text: string;
  replyTo?: string | null;
  quoteOf?: string | null;
  to?: string | null;
  conversationId?: string | null;
  at: string;
}

export interface Replica {
  port: number;
  url: 'https://x.com';
  /** every request path (+query) in arrival order */
  hits: string[];
  posts: ReplicaPost[];
  setSeed(seed: Seed | string): void;
  close(): Promise<void>;
}

export function startReplica(opts?: { port?: number; host?: string; seed?: Seed | string }): Promise<Replica>;
export function buildReplica(): Promise<{ ms: number }>;
