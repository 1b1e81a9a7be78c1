import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { errorText } from '@/lib/i18n/error-text';
import { type ErrorReason, MessageError } from '@/lib/messages/errors';

const REASONS: ErrorReason[] = [
  'not-ours',
  'pages-only',
  'bad-input',
  'unknown-type',
  'answer-malformed',
  'storage-full',
  'archive-disk-full',
  'archive-interrupted',
  'archive-incomplete',
  'x-tab-only',
  'no-answer',
  'cancelled',
  'internal',
];
const locales = ['en', 'ja', 'es', 'pt_BR'];
const catalog = (l: string) =>
  JSON.parse(fs.readFileSync(path.join('public/_locales', l, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('background errors in the page language (issue 16 point 3)', () => {
  it('every reason has its own sentence, never the background English message', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen = new Set<string>();
    for (const reason of REASONS) {
      const text = errorText(new MessageError('failed', 'ENGLISH FROM THE BACKGROUND', reason));
      expect(text).not.toMatch(/ENGLISH FROM THE BACKGROUND/);
      expect(text.length).toBeGreaterThan(5);
      seen.add(text);
    }
    expect(seen.size).toBe(REASONS.length);
  });

  it('an error that is not a background answer gets the generic sentence, its text logged only', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = errorText(new TypeError('x is undefined'));
    expect(text).toBe(errorText(new MessageError('failed', 'other')));
    expect(text).not.toMatch(/undefined/);
    expect(warn).toHaveBeenCalled();
  });

  it('a code without a reason (an older background) still gets a sentence for its code', () => {
    expect(errorText(new MessageError('storage-full', 'x'))).toMatch(/disk is full/);
    expect(errorText(new MessageError('forbidden', 'x'))).not.toBe(
      errorText(new MessageError('malformed', 'x')),
    );
  });

  it.each(locales)('%s words every reason, in its own language', (locale) => {
    const en = catalog('en');
    const here = catalog(locale);
    for (const key of Object.keys(en).filter((k) => k.startsWith('err') && /^err[A-Z]/.test(k))) {
      expect(here[key]?.message, key).toBeTruthy();
      if (locale !== 'en') expect(here[key]?.message, key).not.toBe(en[key]?.message);
    }
  });
});
