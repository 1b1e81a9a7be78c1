import { hit, type Rule, span } from '../prepare';
import { phraseFindings } from './phrases';

const WORD = /[\p{L}\p{N}']+/gu;

/** The first line when it is mostly capital letters: a shouted headline. */
function shouted(text: string): { start: number; end: number } | null {
  const firstBreak = text.indexOf('\n');
  const end = Math.min(firstBreak < 0 ? text.length : firstBreak, 280);
  const line = text.slice(0, end);
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  if (letters < 12 || upper / letters < 0.8) return null;
  let capsWords = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
    if (m[0].length >= 2 && m[0] === m[0].toUpperCase() && /[A-Z]/.test(m[0])) capsWords++;
  }
  return capsWords >= 4 ? { start: 0, end } : null;
}

/** Listicles, "the secret to", "you won't believe", thread hooks, shouted headlines. */
export const catchyRule: Rule = (p, hits) => {
  if (p.kind === 'dm') return;
  phraseFindings(p, hits, 'catchy-title', p.lex.catchy, 70, 'coach_catchy', 'coach_catchy_tip');
  const s = shouted(p.text);
  if (s) {
    hits.push(
      hit(
        'catchy-title',
        20,
        { key: 'coach_shouted' },
        { key: 'coach_shouted_tip' },
        { span: span(p.text, s.start, s.end) },
      ),
    );
  }
};
