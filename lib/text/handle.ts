/**
 * X's rule for a handle: 1 to 15 letters, digits or underscores. The one copy every reader,
 * schema and route builds on (X has kept it since 2009; if it changes, it changes here).
 */
export const HANDLE_SOURCE = '[A-Za-z0-9_]{1,15}';

/** A whole string that is a handle, without the @. */
export const HANDLE_RE = /* @__PURE__ */ new RegExp(`^${HANDLE_SOURCE}$`);

export const isHandle = (text: string): boolean => HANDLE_RE.test(text);

/**
 * X's links are paths (`/handle`); a page saved or rendered elsewhere may spell them whole
 * (`https://x.com/handle`, twitter.com, mobile.): the same link.
 */
const X_ORIGIN = '(?:https?://(?:www\\.|mobile\\.)?(?:x|twitter)\\.com)?';

/** A link to a profile: `/handle`, the handle captured. */
export const PROFILE_HREF_RE = /* @__PURE__ */ new RegExp(`^${X_ORIGIN}/(${HANDLE_SOURCE})$`);

/** A link to a post: `/handle/status/id…`, handle and id captured. */
export const STATUS_HREF_RE = /* @__PURE__ */ new RegExp(
  `^${X_ORIGIN}/(${HANDLE_SOURCE})/status/(\\d{1,20})`,
);

/** Every `@handle` in a text, the handle captured (for `matchAll`). */
export const mentionsRe = (): RegExp => new RegExp(`@(${HANDLE_SOURCE})`, 'g');
