/**
 * Which language a draft is in, cheaply and per draft (issue 16 point 2): kana means Japanese; otherwise the
 * commonest short words of English, Spanish, Portuguese and a few neighbours vote over the first words. The
 * coach reads English, Japanese, Spanish and Portuguese with word lists; anything else gets only the signals
 * that need no words (links, pages, tracking, stuffing, stage), never an English-word finding.
 */
export type CoachLanguage = 'en' | 'ja' | 'es' | 'pt' | 'other';

const KANA = /[\u3040-\u30ff]/g;
const HAN = /[\u4e00-\u9fff]/g;
/** Letters of scripts the coach has no words for (Hangul, Cyrillic, Arabic, Hebrew, Thai, Devanagari...). */
const OTHER_SCRIPT = /[\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff\u0590-\u05ff\u0e00-\u0e7f\u0900-\u097f]/g;
const LATIN_WORD = /[a-zà-ÿ']+/g;
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
const VOTES = new Map<string, string[]>();
for (const [lang, list] of Object.entries(WORDS))
  for (const w of list.split(' ')) VOTES.set(w, [...(VOTES.get(w) ?? []), lang]);

/** Spanish and Portuguese marks that settle a close vote. */
const ES_MARKS = /[ñ¿¡]|ción\b|\bja(?:ja)+\b|\b(?:usted|ustedes|vosotros|muy|pero|hoy|gracias|porque)\b/g;
const PT_MARKS = /[ãõç]|\bk{3,}\b|\b(?:você|vocês|não|obrigad[oa]|muito|mas|hoje|porque|agora)\b/g;

const ACCENT = /[áéíóúâêôàü]/;

/** Reads at most the first 600 characters: the language of a long draft shows in its opening. */
export function detectLanguage(text: string): CoachLanguage {
  const head = text.slice(0, 600);
  const kana = head.match(KANA)?.length ?? 0;
  const han = head.match(HAN)?.length ?? 0;
  if (kana >= 2 || (kana >= 1 && han >= 2)) return 'ja';
  const words = head.replace(URLISH, ' ').toLowerCase().match(LATIN_WORD) ?? [];
  const other = head.match(OTHER_SCRIPT)?.length ?? 0;
  if (han >= 2 || other > words.join('').length) return 'other';
  const score: Record<string, number> = {};
  for (const w of words) {
    const langs = VOTES.get(w);
    if (langs) for (const l of langs) score[l] = (score[l] ?? 0) + 1 / langs.length;
  }
  const lower = head.toLowerCase();
  score.es = (score.es ?? 0) + (lower.match(ES_MARKS)?.length ?? 0);
  score.pt = (score.pt ?? 0) + (lower.match(PT_MARKS)?.length ?? 0);
  let best = 'en';
  let top = score.en ?? 0;
  for (const [l, s] of Object.entries(score))
    if (s > top) {
      best = l;
      top = s;
    }
  // No English word at all, and an accent or a Spanish or Portuguese word: a short Spanish or Portuguese draft.
  const es = score.es ?? 0;
  const pt = score.pt ?? 0;
  const neighbour = Math.max(score.fr ?? 0, score.nl ?? 0, score.de ?? 0, score.it ?? 0);
  // Short drafts share "a", "me", "no" with English: Spanish and Portuguese words that outvote English twice
  // over, with an accent or one of their own marks, are enough.
  if (
    ((score.en ?? 0) === 0 || (es + pt >= 2 * (score.en ?? 0) && /[áíóúãõçñ¿¡]/.test(lower))) &&
    words.length >= 3 &&
    neighbour < Math.max(es, pt, 0.5) &&
    (es + pt >= 2 || (es + pt >= 1 && ACCENT.test(lower)))
  )
    return pt > es ? 'pt' : 'es';
  // Too little to go on (a few words, a link): English, the coach's first language.
  // A neighbour that outvotes English is another language however short the draft: no English word lists.
  if (top < 1.5) return best === 'en' || best === 'es' || best === 'pt' ? 'en' : 'other';
  return best === 'en' || best === 'es' || best === 'pt' ? best : 'other';
}
