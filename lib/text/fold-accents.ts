/**
 * Latin letters without their accents, one character for one ("capítulo" -> "capitulo", "lançámos" ->
 * "lancamos"), so offsets into the folded text are offsets into the original. People type Spanish and
 * Portuguese without accents as often as with them; the coach's word lists for those languages match the
 * folded draft with folded patterns, so "nuevo capitulo" meets the list's "nuevo capítulo".
 */
const FOLDED = new Map<string, string>();
for (let c = 0xc0; c <= 0xff; c++) {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD')[0] ?? ch;
  if (base !== ch && /[A-Za-z]/.test(base)) FOLDED.set(ch, base);
}
const ACCENTED = /[\u00c0-\u00ff]/g;

export function foldAccents(text: string): string {
  return text.replace(ACCENTED, (ch) => FOLDED.get(ch) ?? ch);
}

/** A regular-expression source folded the same way, leaving the class range "À-ÿ" (every accented letter) whole. */
export function foldPatternAccents(source: string): string {
  return source
    .split('À-ÿ')
    .map((part) => foldAccents(part))
    .join('À-ÿ');
}
