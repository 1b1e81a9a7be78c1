/**
 * npx tsx tests/coach-corpus/own-work-cues.ts: how often the own-work link cues fire on the TRAINING rows
 * (the drafts less their locked split, the training half of our real labels), by label. Never reads a
 * held row. Pass --show to print the training rows they fire on.
 */
import { draftFeatures } from '../../lib/coach/analyze.ts';
import { EVAL_NOW } from './corpus.ts';
import { loadTrainingRows } from './train.ts';

const show = process.argv.includes('--show');
const keys = (
  process.argv.find((a) => a.startsWith('--keys='))?.slice(7) ?? 's|link:own-post,s|link:own-page'
).split(',');
const counts = new Map<string, { promotional: number; conversational: number }>();
for (const r of loadTrainingRows()) {
  const feats = draftFeatures({ text: r.text, kind: r.kind }, { ...r.context, now: EVAL_NOW });
  for (const k of keys) {
    if (!feats.some((f) => f.key === k)) continue;
    const c = counts.get(k) ?? { promotional: 0, conversational: 0 };
    c[r.label]++;
    counts.set(k, c);
    if (show) console.log(`${k} ${r.label} ${r.ref ?? r.file}: ${r.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}
for (const [k, c] of counts)
  console.log(`${k}: promotional ${c.promotional}, conversational ${c.conversational}`);
