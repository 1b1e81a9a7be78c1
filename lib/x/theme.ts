export type XTheme = 'light' | 'dim' | 'dark' | 'contrast';

/** X paints its theme as the body's inline background colour (x-anatomy.md §1.8). */
export function themeOf(doc: Document = document): XTheme {
  const bg = doc.body?.style.backgroundColor.replace(/\s/g, '') ?? '';
  if (bg === 'rgb(0,0,0)') return 'dark';
  if (bg === 'rgb(5,5,5)') return 'contrast';
  if (bg === 'rgb(21,32,43)') return 'dim';
  if (bg === 'rgb(255,255,255)' || bg === '') return 'light';
  // An unknown colour: decide by its brightness.
  const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
}
