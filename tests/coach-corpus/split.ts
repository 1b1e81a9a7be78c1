/**
 * The locked test split of drafts.jsonl: a row is in the test split when the SHA-1 of its text, read as a
 * number, is 0 mod 4 (about 25%). Fixed before any tuning; the trainer never reads these rows, and
 * test-split.lock records their checksum so a changed split fails the tests.
 */
import { createHash } from 'node:crypto';

export const DRAFTS_FILE = 'drafts.jsonl';
/**
 * Drafts in Japanese, Spanish and Portuguese (issue 16), written by people who never saw the code. Same rule:
 * a row is in the test split when the SHA-1 of its text is 0 mod 4. The three files were written from one
 * outline, line by line (line 100 is the same mutual-retweet bait in each), so the trainer also leaves out
 * a row whose sibling line in another language is in a test split: a translation of a test row is no
 * training row.
 */
export const LANGUAGE_FILES = ['ja.jsonl', 'es.jsonl', 'pt.jsonl'];
/** Files with a locked test split. */
export const SPLIT_FILES = [DRAFTS_FILE, ...LANGUAGE_FILES];

/** True when this text of this file is in its locked test split. */
export function testRowsOf(file: string, text: string): boolean {
  return SPLIT_FILES.includes(file.split('/').at(-1) ?? '') && isTestText(text);
}

export function isTestText(text: string): boolean {
  const h = createHash('sha1').update(text, 'utf8').digest();
  return h.readUInt32BE(0) % 4 === 0;
}

/** Checksum of the test split: SHA-256 over the sorted test texts with their labels. */
export function splitChecksum(rows: readonly { text: string; label: string }[]): string {
  const lines = rows
    .filter((r) => isTestText(r.text))
    .map((r) => `${r.label}\t${r.text}`)
    .sort();
  return createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex');
}

/**
 * 200 drafts written independently of this repository (posts, replies, quotes and DMs, English), landed as a
 * whole: the ENTIRE file is a locked test set, never trained or tuned on (test-split.fresh.lock.json records its
 * checksum; tests/unit/coach-split.test.ts checks it and that no training row shares a text with it).
 */
export const FRESH_TEST_FILE = 'fresh.test.jsonl';

/** Checksum of a whole locked file: SHA-256 over its sorted rows' labels and texts. */
export function fileChecksum(rows: readonly { text: string; label: string }[]): string {
  const lines = rows.map((r) => `${r.label}\t${r.text}`).sort();
  return createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex');
}

/** Our own labels of real tweets (ids; texts in ../shared/fixtures/x-real-tweets). */
export const REAL_LABELS_FILE = 'real-tweet-labels.jsonl';

/**
 * Half of our own real-tweet labels is held out, chosen by a fixed hash of "acct#id" (SHA-1 read as a number,
 * even = held out): the trainer learns what a real timeline looks like from the other half, and the report,
 * the goals test and the threshold never see the held half. Like the locked drafts split, fixed before tuning.
 */
export function isHeldRealLabel(ref: string): boolean {
  return createHash('sha1').update(ref, 'utf8').digest().readUInt32BE(0) % 2 === 0;
}

/**
 * The English training files added in issue 12's last round (both are training only; split.ts holds their names so
 * train.ts, gate.ts and learn.ts name them once).
 */
/**
 * Training drafts from the writer of the locked fresh.test.jsonl (split.ts FRESH_TEST_FILE), landed in batches:
 * the same kinds of drafts, never a text of the locked set (a shared text is left out and the split test fails).
 */
export const FRESH_TRAIN_FILE = 'fresh.train.jsonl';
/**
 * Real tweets with links, labelled by reading (ids only, like real-tweet-labels.jsonl), training only. A tweet
 * that is also in real-tweet-labels.jsonl is read from there alone: never twice, and never from the held half.
 */
export const REAL_LINKED_TRAIN_FILE = 'real-linked.train.jsonl';
/**
 * COACH_NEW_DATA=1 trains the candidate with the fresh drafts and the linked real tweets (and gate.ts's stricter
 * false-alarm bound). Off by default: that candidate read the fresh test set R 0.722 -> 0.800 but the held half of
 * our real-tweet labels P 0.791 -> 0.739 with false alarms 0.89% -> 1.18% (over issue 12's 1%), so it is not the
 * shipped model, and `npm run train:coach` must give back exactly the weights that ship.
 */
// Tried again (the session of the DM bars, gate.ts DM_BARS): with the model-alone grid down to 0.5 (the search sat
// on its 0.8 floor), the DM bars searched with the others and MAX_FA=0.005, out of fold read written P 0.955
// R 0.836, real R 0.518 4/855, linked real tweets 49/1,285 false alarms (the shipped weights, never trained on
// them, read 59); the locked sets read fresh.test P 0.904 R 0.833, drafts test P 0.963 R 0.835, but the held
// half of our labels P 0.738 R 0.456 FA 1.08% and 4.30% speaking up on all real tweets: not shipped. The new
// weights read real headline-and-link posts as promotional more than out of fold shows.
export const NEW_DATA = process.env.COACH_NEW_DATA === '1';
