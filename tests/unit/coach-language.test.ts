import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { detectLanguage } from '@/lib/coach/language';
import { catalogLookup, renderMessage } from '@/lib/coach/messages';
import { COACH_CATALOGS } from '@/lib/coach/messages/catalogs';
import type { RuleId } from '@/lib/coach/types';

const NOW = Date.UTC(2026, 0, 15, 12);

describe('detectLanguage (issue 16 point 2)', () => {
  it.each([
    ['ついに個人開発アプリ「ねむログ」リリースしました🎉', 'ja'],
    ['¡Por fin! Hoy sale la app que hice para organizar turnos, la tenéis en la App Store', 'es'],
    ['Saiu!! O app que eu fiz pra dividir conta de bar tá disponível na Play Store', 'pt'],
    ['Just shipped the new onboarding flow, what do you think?', 'en'],
    ['Lekker op de laptop werken onderweg naar Groningen voor een weekendje', 'other'],
    ['Une nouvelle clarification sur les règles du concours, merci à tous', 'other'],
    ['오늘 새 앱을 출시했습니다', 'other'],
    ['Design Pattern Library http://tinyurl.com/5zc92x via www.diigo.com/~me', 'en'],
    ['lol', 'en'],
    // Short drafts: a neighbour's words are not English, and Spanish needs more than one shared word.
    ['Je suis content pour toi, tu le mérites', 'other'],
    ['Dat was echt een mooi begin!', 'other'],
    ['Me parece raro, no sé qué pasó', 'es'],
    ['Korean Mother Awaits a Son’s Deportation to Confess Her Sin', 'en'],
    // Short drafts the word votes used to send to English or to the neighbour (es <-> pt).
    ['Etiqueta a ese amigo que siempre llega tarde 😂👇', 'es'],
    ['Marca aquele amigo que sempre chega atrasado 😂👇', 'pt'],
    ['Como me pediste, te paso la tarifa con calma', 'es'],
    ['Fomos indicados como melhor cafeteria de Curitiba, votar leva 5 segundos', 'pt'],
    ['Eso en Valencia no pasa', 'es'],
    // French keeps its circumflexes to itself: they are no Portuguese mark.
    ['il est plutôt Coq (cris tôt le matin)', 'other'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('word lists per language', () => {
  it('finds a Spanish link-in-bio and quotes the draft in the finding', () => {
    const v = analyze(
      { text: 'Nueva colección de prints disponible 🌸 link en mi bio!!', kind: 'post' },
      { now: NOW },
    );
    const cta = v.findings.find((f) => f.rule === 'sales-cta');
    expect(cta?.span?.text).toBe('link en mi bio');
    expect(
      renderMessage(cta?.i18n?.message ?? { key: 'coach_quoted' }, catalogLookup(COACH_CATALOGS.es)),
    ).toBe('«link en mi bio» es una llamada a comprar.');
  });

  it('finds a Japanese profile-link call to action', () => {
    const v = analyze(
      { text: '新作のニット帽、本日20時から販売開始です！詳しくはプロフのリンクから', kind: 'post' },
      { now: NOW },
    );
    expect(v.findings.map((f) => f.rule)).toContain('sales-cta');
    expect(v.verdict).toBe('promotional');
  });

  it('finds a Portuguese cold offer in a DM to a stranger', () => {
    const v = analyze(
      {
        text: 'Oi! Sou social media e ajudo marcas a crescer no X. Topa uma call rápida de 15 minutos?',
        kind: 'dm',
      },
      { now: NOW, targetStage: 'stranger' },
    );
    expect(v.pitch).toBe(true);
  });

  it('a language without word lists gets no word finding, English or other, only language-free ones', () => {
    const wordRules: RuleId[] = [
      'sales-cta',
      'discount',
      'self-announcement',
      'engagement-bait',
      'catchy-title',
    ];
    // Dutch, with English sales words inside: still no word findings, and no learned phrases.
    const text =
      'Nieuw: mijn boek is uit! Het is een limited edition, sign up today en gebruik code KORTING voor 20% off. Dit is het mooiste wat ik ooit heb gemaakt, echt waar. https://example.nl/pricing?utm_source=x';
    expect(detectLanguage(text)).toBe('other');
    const v = analyze({ text, kind: 'post' }, { now: NOW });
    const rules = v.findings.map((f) => f.rule);
    for (const r of wordRules) expect(rules).not.toContain(r);
    expect(v.findings.find((f) => f.rule === 'promo-language')?.phrases ?? []).toEqual([]);
    expect(rules).toContain('tracking-params');
    expect(rules).toContain('funnel-link');
  });

  it('English findings are unchanged for English drafts', () => {
    const v = analyze(
      { text: 'Our new course is live! Sign up today: https://x.dev/pricing', kind: 'post' },
      { now: NOW },
    );
    expect(v.findings.find((f) => f.rule === 'sales-cta')?.message).toBe(
      '"Sign up today" is a sales call to action.',
    );
  });
});
