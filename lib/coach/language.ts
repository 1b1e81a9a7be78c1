/**
 * Which language a draft is in, cheaply and per draft (issue 16 point 2): kana means Japanese; otherwise the
 * commonest short words of English, Spanish, Portuguese and a few neighbours vote over the first words. The
 * coach reads English, Japanese, Spanish and Portuguese with word lists; anything else gets only the signals
 * that need no words (links, pages, tracking, stuffing, stage), never an English-word finding.
 */
export type CoachLanguage = 'en' | 'ja' | 'es' | 'pt' | 'other';

/** Kana U+3040-30FF, Han U+4E00-9FFF, and letters of scripts the coach has no words for (Hangul, Cyrillic,
 * Arabic, Hebrew, Thai, Devanagari), counted by UTF-16 code unit. */
const isKana = (c: number) => c >= 0x3040 && c <= 0x30ff;
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const isOtherScript = (c: number) =>
  (c >= 0xac00 && c <= 0xd7af) ||
  (c >= 0x0400 && c <= 0x04ff) ||
  (c >= 0x0600 && c <= 0x06ff) ||
  (c >= 0x0590 && c <= 0x05ff) ||
  (c >= 0x0e00 && c <= 0x0e7f) ||
  (c >= 0x0900 && c <= 0x097f);
/** A letter of a Latin word as /[a-zà-ÿ']+/ reads it (code units; "÷" is inside à-ÿ). */
const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff) || c === 39;
const URLISH = /\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?|[@#][\w]+/gi;

/** Frequent words, each a vote; a word several languages share splits its vote between them. */
const WORDS: Record<'en' | 'es' | 'pt' | 'fr' | 'nl' | 'de' | 'it', string> = {
  en: "a the and to of is in it you that for on my with this i we are be your just was have at so but not can what if me our it's i'm don't get new out now how all about will they do any good know",
  es: 'a el la los las que de y en un una es por para con no lo le se te me su sus tus mis del al pero más muy está esta este mi tu hoy ya yo qué cómo también hay son fue nos les si ser tiene hacer sobre todo gracias nuevo nueva ahora aquí gratis hola somos estamos tengo quiero puedo dale cada mes años tampoco desde cuando donde mismo día vez cosa tanto hasta hace ella él ellos todavía solo sólo mucho poco algo nada mí pues entonces bueno cuánto cuesta parece ayer tan nadie ningún gente estoy estás ese esa eso esos siempre llega enero felicidades vosotros nuestro nuestra como tiempo quedan queda semana',
  pt: 'o a os as que de e em um uma é não do da dos das no na pra para com se te me seu sua seus você vc tá isso esse essa meu minha hoje já eu quê como também tem são foi nos ser fazer sobre tudo obrigado muito mais mas novo nova agora aqui grátis oi olá somos estamos tenho quero posso bora lá vou vai ano depois dois anos minhas meus tanto pelo pela ao aos num numa ele ela eles nós ainda só até quando onde sem mesmo bem dia vez coisa gente né tô aí diz ontem tão nada ninguém nenhum por fomos melhor segue volta parabéns aquele aquela sempre chega vocês nosso nossa comigo semana tempo',
  fr: "le la les des et est je une pour pas que qui dans sur avec c'est il elle nous vous ce cette mon ma au du en un très mais ou ne plus bien à où aussi déjà mes ils leur été ça suis fais dois viens grâce tu ton ta tes aurais pu faut faire veux aimes bref j'ai c'était lui avant",
  nl: 'de het een en van ik je is niet dat op met voor zijn wat maar ook er dit die naar bij hoe nog wel heb al te hier om mijn geen kan moet heeft worden door uit zie eens gaat hebt terug waar dat',
  de: 'der die das und ist ich nicht ein eine zu mit für auf es den dem sie wir auch sich von ist hat noch',
  it: 'il lo la gli le che di e un una è per con non mi ti ci sono questo questa anche più ma come',
};
const LANGS = ['en', 'es', 'pt', 'fr', 'nl', 'de', 'it'] as const;
type Voter = (typeof LANGS)[number];
const EN = 0;
const ES = 1;
const PT = 2;
/** Each word's languages, as indices into LANGS (twice when a list has it twice). */
const VOTES = new Map<string, number[]>();
let longestVote = 0;
for (const lang of LANGS)
  for (const w of WORDS[lang].split(' ')) {
    VOTES.set(w, [...(VOTES.get(w) ?? []), LANGS.indexOf(lang)]);
    longestVote = Math.max(longestVote, w.length);
  }

/** Spanish and Portuguese marks that settle a close vote. */
const ES_MARKS = /[ñ¿¡]|ción\b|\bja(?:ja)+\b|\b(?:usted|ustedes|vosotros|muy|pero|hoy|gracias|porque)\b/g;
const PT_MARKS = /[ãõç]|\bk{3,}\b|\b(?:você|vocês|não|obrigad[oa]|muito|mas|hoje|porque|agora)\b/g;

const ACCENT = /[áéíóúâêôàü]/;

/** Adds `v` to language l's score, noting the order in which languages got their first vote. */
function vote(score: Float64Array, order: number[], l: number, v: number): void {
  if (!order.includes(l)) order.push(l);
  score[l] = (score[l] as number) + v;
}

/**
 * Reads at most the first 600 characters. Hot path (every keystroke): the scripts are counted and the words
 * read by char codes, not as arrays of matches, and the votes kept in a typed array with the order in which
 * languages got their first vote (a tie goes to the first, as it went over an object's keys).
 */
export function detectLanguage(text: string): CoachLanguage {
  const head = text.slice(0, 600);
  let kana = 0;
  let han = 0;
  let other = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (isKana(c)) kana++;
    else if (isHan(c)) han++;
    else if (isOtherScript(c)) other++;
  }
  if (kana >= 2 || (kana >= 1 && han >= 2)) return 'ja';
  const bare = head.replace(URLISH, ' ').toLowerCase();
  const score = new Float64Array(LANGS.length);
  const order: number[] = [];
  let words = 0;
  let letters = 0;
  for (let i = 0; i < bare.length; ) {
    if (!isLatin(bare.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < bare.length && isLatin(bare.charCodeAt(end))) end++;
    words++;
    letters += end - i;
    const langs = end - i <= longestVote ? VOTES.get(bare.slice(i, end)) : undefined;
    if (langs) for (const l of langs) vote(score, order, l, 1 / langs.length);
    i = end;
  }
  if (han >= 2 || other > letters) return 'other';
  const lower = head.toLowerCase();
  vote(score, order, ES, lower.match(ES_MARKS)?.length ?? 0);
  vote(score, order, PT, lower.match(PT_MARKS)?.length ?? 0);
  let best: Voter = 'en';
  let top = score[EN] as number;
  for (const l of order)
    if ((score[l] as number) > top) {
      best = LANGS[l] as Voter;
      top = score[l] as number;
    }
  // No English word at all, and an accent or a Spanish or Portuguese word: a short Spanish or Portuguese draft.
  const en = score[EN] as number;
  const es = score[ES] as number;
  const pt = score[PT] as number;
  const neighbour = Math.max(score[3] as number, score[4] as number, score[5] as number, score[6] as number);
  // Short drafts share "a", "me", "no" with English: Spanish and Portuguese words that outvote English twice
  // over, with an accent or one of their own marks, are enough.
  if (
    (en === 0 || (es + pt >= 2 * en && /[áíóúãõçñ¿¡]/.test(lower))) &&
    words >= 3 &&
    neighbour < Math.max(es, pt, 0.5) &&
    (es + pt >= 2 || (es + pt >= 1 && ACCENT.test(lower)))
  )
    return pt > es ? 'pt' : 'es';
  // Too little to go on (a few words, a link): English, the coach's first language.
  // A neighbour that outvotes English is another language however short the draft: no English word lists.
  if (top < 1.5) return best === 'en' || best === 'es' || best === 'pt' ? 'en' : 'other';
  return best === 'en' || best === 'es' || best === 'pt' ? best : 'other';
}
