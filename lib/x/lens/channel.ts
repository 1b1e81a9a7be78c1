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
/**
 * Who is signed in, as X's own data says: the content script fires WHO, the lens answers VIEWER
 * with `{"id","handle"}` of the user whose id is in the `twid` cookie, once it has seen them. So the
 * account is found even when X's side bar changed. The content script accepts it only for the id
 * its own cookie read gives.
 */
export const LENS_WHO = 'dinner-table-lens-who';
export const LENS_VIEWER = 'dinner-table-lens-viewer';

/** Most facts the lens keeps while no content script pulls (the oldest are dropped first). */
export const LENS_BUFFER = 2000;
/** Largest FACTS payload the content script accepts, in characters. */
export const LENS_MAX_CHARS = 1_000_000;
