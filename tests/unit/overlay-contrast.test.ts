// Issue 17.11: every stage ring, "never talked" included, meets 3:1 against X's light background
// (WCAG 1.4.11, non-text contrast), read from the overlays' own stylesheet.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(__dirname, '../../components/overlays/overlays.css'), 'utf8');
const lightBlock = /\.dt-root \{([^}]*)\}/.exec(css)?.[1] ?? '';

const channel = (hex: string) => {
  const c = Number.parseInt(hex, 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => {
  const h = hex.replace('#', '');
  return 0.2126 * channel(h.slice(0, 2)) + 0.7152 * channel(h.slice(2, 4)) + 0.0722 * channel(h.slice(4, 6));
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('badge marks on X light theme', () => {
  for (const stage of ['stranger', 'noticed', 'talked', 'conversing', 'friend']) {
    it(`the ${stage} ring has at least 3:1 against white`, () => {
      const colour = new RegExp(`--s-${stage}:\\s*(#[0-9a-fA-F]{6})`).exec(lightBlock)?.[1];
      expect(colour, `--s-${stage} in the light block`).toBeDefined();
      expect(contrast(colour as string, '#ffffff')).toBeGreaterThanOrEqual(3);
    });
  }
});
