/**
 * npx tsx tests/coach-corpus/oof-misses.ts: the TRAINING half of our real-tweet labels read by fold models that
 * never saw them, under the gate the trainer would choose: its false alarms and misses, with their texts, for
 * deciding what to change without reading the held half or a locked split.
 */
import { decide } from '../../lib/coach/analyze.ts';
import { chooseGate, outOfFold } from './gate.ts';
import { toExample } from './learn.ts';
import { loadTrainingRows } from './train.ts';

const rows = loadTrainingRows();
const oof = outOfFold(rows, rows.map(toExample));
const gate = chooseGate(oof);
oof.forEach((o, i) => {
  if (!o.real) return;
  const promo = decide(gate, o.x);
  if (promo === (o.y === 1)) return;
  const r = rows[i];
  console.log(
    `${o.y ? 'MISS' : 'FALSE'} p=${o.x.probability.toFixed(2)} rules=${o.x.rules} ${r?.kind} ${r?.category ?? ''}: ${r?.text.replace(/\s+/g, ' ').slice(0, 200)}`,
  );
});
