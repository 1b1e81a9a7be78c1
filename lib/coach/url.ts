import { registrableDomainOfHost } from './domain';
import { LEXICON } from './lexicon';

export interface ParsedUrl {
  /** Lowercased host without a leading "www.". */
  host: string;
  path: string;
  params: URLSearchParams;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Parses a URL as typed in a post (scheme optional). Returns null when it is not a web URL. */
export function parseUrl(raw: string): ParsedUrl | null {
  const withScheme = SCHEME.test(raw) ? raw : `https://${raw}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  let host = u.hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('www.')) host = host.slice(4);
  return { host, path: u.pathname, params: u.searchParams };
}

/** True when a query parameter only tracks a campaign or a referrer (dropped by normalizeUrl). */
export function isTrackingParam(name: string, host: string): boolean {
  const n = name.toLowerCase();
  if (LEXICON.trackingParams.has(n)) return true;
  for (const p of LEXICON.trackingParamPrefixes) if (n.startsWith(p)) return true;
  return isAffiliateParam(n, host);
}

/** True when a query parameter carries a referral, affiliate or coupon id. */
export function isAffiliateParam(name: string, host: string): boolean {
  const n = name.toLowerCase();
  if (!LEXICON.affiliateParams.has(n)) return false;
  // `ref` on a code host is a git ref; `tag` is an affiliate id only on Amazon.
  if ((n === 'ref' || n === 'ref_') && hostIn(host, LEXICON.refIsNotAffiliate)) return false;
  if (n === 'tag' && !/(?:^|\.)amazon\./.test(host)) return false;
  return true;
}

/**
 * True when a path is a shortener's code ("/S8R7qZ", "/41th"): one segment of 3 to 10 letters and digits
 * with a digit or a capital inside. Personal shorteners on one's own domain point at anyone's page.
 */
export function isShortCodePath(path: string): boolean {
  const m = /^\/([A-Za-z0-9]{3,10})\/?$/.exec(path);
  return m !== null && /[0-9]|[a-z][A-Z]|[A-Z][a-z]*[A-Z]/.test(m[1] ?? '');
}

/** True when host equals one of the listed hosts or is a subdomain of one. */
export function hostIn(host: string, list: readonly string[]): boolean {
  // Hot path (every link against every listed host): the "." before the suffix is checked by its code, not
  // by building ".host" for each entry.
  for (const h of list) {
    if (host === h) return true;
    const dot = host.length - h.length - 1;
    if (dot >= 0 && host.charCodeAt(dot) === 46 && host.endsWith(h)) return true;
  }
  return false;
}

/**
 * Canonical form for comparing links: https scheme, lowercase host without "www.", no tracking or affiliate
 * parameters, remaining parameters sorted, no fragment, no trailing slash. Returns the input trimmed when it
 * cannot be parsed.
 */
export function normalizeUrl(url: string): string {
  const p = parseUrl(url.trim());
  return p ? normalizeParsed(p) : url.trim();
}

export function normalizeParsed(p: ParsedUrl): string {
  let path = p.path;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  if (path === '/') path = '';
  const kept: [string, string][] = [];
  for (const [k, v] of p.params) if (!isTrackingParam(k, p.host)) kept.push([k, v]);
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return `https://${p.host}${path}${query}`;
}

/** Registrable domain ("blog.example.co.uk" -> "example.co.uk"); the host itself when there is none. */
export function registrableDomain(url: string): string {
  const p = parseUrl(url.trim());
  return p ? domainOfHost(p.host) : '';
}

const domainCache = new Map<string, string>();

/** Registrable domain of a host; memoized. */
export function domainOfHost(host: string): string {
  let d = domainCache.get(host);
  if (d === undefined) {
    d = registrableDomainOfHost(host);
    if (domainCache.size > 1000) domainCache.clear();
    domainCache.set(host, d);
  }
  return d;
}
