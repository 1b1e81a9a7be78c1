import { describe, expect, it } from 'vitest';
import { looksLikeProse, scanFile, scanSource, uiSourceFiles } from '../i18n/hardcoded';

describe('hard-coded interface words', () => {
  const files = uiSourceFiles();

  it('scans the interface folders', () => {
    expect(files).toContain('components/popup/Popup.tsx');
    expect(files).toContain('lib/features/overlays/describe.ts');
  });

  it('are nowhere in components/, lib/features/ or entrypoints/', () => {
    // No exceptions: every interface file goes through `_locales` (issue 16).
    const found = files.flatMap(scanFile).map((x) => `${x.file}:${x.line} [${x.why}] ${x.text}`);
    expect(found).toEqual([]);
  });
});

describe('the hard-coded word finder', () => {
  const scan = (src: string) => scanSource('x.tsx', src).map((f) => f.text);

  it('finds JSX text, user-facing attributes and rendered strings', () => {
    expect(scan('const a = <p title="Open it">Hello <b>{x ? "Yes" : `No ${n}`}</b></p>;')).toEqual([
      'Open it',
      'Hello',
      'Yes',
      'No …',
    ]);
    expect(
      scan('const a = <input placeholder="Search people" aria-label={busy ? t("k") : "Wait"} />;'),
    ).toEqual(['Search people', 'Wait']);
  });

  it('finds label maps, built sentences and text set on elements', () => {
    expect(scan("const L = { friend: 'Friend', stranger: 'Never talked' };")).toEqual([
      'Friend',
      'Never talked',
    ]);
    expect(scan('const s = `${n} days ago`;')).toEqual(['… days ago']);
    expect(scan("el.textContent = 'x'; el.setAttribute('aria-label', 'Close');")).toEqual(['x', 'Close']);
  });

  it('leaves code alone', () => {
    expect(
      scan(`import a from 'Some Module';
        if (e.key === 'ArrowRight' || kind === 'Friend') {}
        el.querySelector('div[role="button"] span'); send('status.get', {});
        console.error('Dinner Table failed to start', e); throw new Error('Could not read the page');
        const cls = 'badge badge-met'; const k = \`id:\${id}\`; const o = { 'Content-Type': 1 };
        const b = <div class="card big" data-testid="dt-x" aria-hidden="true">{'·'} ✓ {n}</div>;
        type T = 'One Two';`),
    ).toEqual([]);
    expect(looksLikeProse('follows you')).toBe(true);
    expect(looksLikeProse('lens:')).toBe(false);
  });
});
