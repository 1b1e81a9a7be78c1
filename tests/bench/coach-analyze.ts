// analyze() timing at 280 and 25,000 characters, in Node (run through tsx by coach.bench.mjs): in the
// steady state a person typing all day lives in (after 1,000 warm-up calls, once V8 has compiled and
// optimised the code), and over the first calls after the engine loads (20 warm-up calls), where V8's
// background compilation competes with the calls for this machine's two cores.
import { analyze } from '../../lib/coach';

const POST =
  'Our new course is live! Sign up today at https://danawhitfield.dev/course/pricing?utm_source=x 50% off with code LAUNCH. Reply "YES" and I will DM you the link. #buildinpublic #saas #marketing';
const REPLY = 'Love this, Maya! What was the most surprising thing you learned from pairing with them? ';
const long = (n: number) => {
  let text = '';
  for (let i = 0; text.length < n; i++)
    text += `${i % 2 ? REPLY : POST} @friend${i} https://site${i}.example.com/p?ref=x `;
  return text.slice(0, n);
};

function time(text: string, runs: number, warmUp: number) {
  const context = { now: Date.now(), ownDomains: ['danawhitfield.dev'] };
  for (let i = 0; i < warmUp; i++) analyze({ text, kind: 'post' }, context);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze({ text, kind: 'post' }, context);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

// The first calls are timed first, in a fresh process: the steady-state runs would warm them up.
const SHORT = POST.padEnd(280, ' and more words').slice(0, 280);
const shortFirst = time(SHORT, 2000, 20);
const big = time(long(25_000), 200, 20);
const short = time(SHORT, 2000, 1000);
console.log(JSON.stringify({ short, shortFirst, big }));
