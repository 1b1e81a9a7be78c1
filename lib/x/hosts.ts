/** Where X lives. The manifest's host access and content-script matches are exactly these. */
export const X_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
];

// Pure: a script that never reads it (the page-world lens) leaves it out.
export const X_HOSTS = /* @__PURE__ */ new Set(
  X_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).hostname),
);
