/**
 * The lens and the content script talk through DOM events on `document`. Both worlds share the
 * DOM, so X's own scripts can read and forge these events too: the channel carries only facts
 * anyone could see on the page, and the content script treats what arrives as untrusted.
 *
 * - the lens fires MORE (no payload) when it holds new facts;
 * - the content script answers with PULL; the lens then fires FACTS with one JSON string (strings
 *   cross Firefox's world boundary without cloning) and forgets what it sent.
 */
export const LENS_MORE = 'dinner-table-lens-more';
export const LENS_PULL = 'dinner-table-lens-pull';
export const LENS_FACTS = 'dinner-table-lens-facts';

/** Most facts the lens keeps while no content script pulls (the oldest are dropped first). */
export const LENS_BUFFER = 2000;
/** Largest FACTS payload the content script accepts, in characters. */
export const LENS_MAX_CHARS = 1_000_000;
