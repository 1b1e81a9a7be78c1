/** Where X lives. The manifest's host access and content-script matches are exactly these. */
export const X_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
];

export const X_HOSTS = new Set(X_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).hostname));
