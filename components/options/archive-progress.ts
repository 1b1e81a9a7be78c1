/**
 * How far an archive import is, as one bar: reading the zip dominates, then classifying the posts,
 * then handing the rows to the background. Also keeps when each phase began, for the benchmark's
 * breakdown (`data-timings` on the result).
 */
export type Phase = 'read' | 'classify' | 'save';

export type Kind = 'followers' | 'following' | 'posts' | 'dms' | 'likes';
export type KindCounts = Partial<Record<Kind, number>>;
export const KINDS: readonly Kind[] = ['followers', 'following', 'posts', 'dms', 'likes'];

/** Share of the bar each phase takes. */
const WEIGHT = { read: 0.75, classify: 0.1, save: 0.15 } as const;
const OFFSET = { read: 0, classify: WEIGHT.read, save: WEIGHT.read + WEIGHT.classify } as const;

export interface Progress {
  phase: Phase;
  fraction: number;
  /** ms left, once enough is done to guess. */
  eta?: number;
}

export class ImportClock {
  readonly startedAt: number;
  private readonly phases: Record<string, number> = {};
  constructor(private readonly now: () => number = Date.now) {
    this.startedAt = now();
  }

  /** Where the bar is when `phase` is `part` (0..1) done. */
  at(phase: Phase, part: number): Progress {
    const elapsed = this.now() - this.startedAt;
    this.phases[phase] ??= elapsed;
    const fraction = Math.min(1, OFFSET[phase] + WEIGHT[phase] * Math.min(1, Math.max(0, part)));
    const eta = fraction > 0.03 && elapsed > 500 ? (elapsed * (1 - fraction)) / fraction : undefined;
    return { phase, fraction, ...(eta !== undefined && { eta }) };
  }

  mark(name: string) {
    this.phases[name] = this.now() - this.startedAt;
  }

  /** ms from the start at which each phase began and the import ended, as JSON. */
  timings(): string {
    return JSON.stringify({ ...this.phases, end: this.now() - this.startedAt });
  }
}

/** Seconds under a minute, else whole minutes: the unit and the number, for the interface's words. */
export function etaParts(ms: number): { seconds: number } | { minutes: number } {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 60 ? { seconds: s } : { minutes: Math.round(s / 60) };
}
