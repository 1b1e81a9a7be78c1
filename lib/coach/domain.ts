/**
 * Registrable domain without a public-suffix list: the content script only needs "is this link on your own
 * domain", so a short list of the multi-part suffixes people actually post from is enough (the full list
 * cost ~113 KB gzipped in every x.com page; issue 15). Unknown multi-part suffixes fall back to the last two
 * labels, which at worst treats two sites under the same unknown suffix as one.
 */

/** Second-level labels used under many country codes ("co.uk", "com.au", "ne.jp", ...). */
const GENERIC_SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'or',
  'ne',
  'go',
  'gob',
  'nic',
  'mil',
  'ltd',
  'plc',
  'sch',
  'nom',
  'info',
  'biz',
]);

/** Multi-part suffixes that do not follow the "generic label + country code" shape. */
const EXTRA_SUFFIXES = new Set(['me.uk', 'kiwi.nz', 'gen.nz', 'id.au', 'asn.au', 'ad.jp', 'lg.jp', 'eu.int']);

function isTwoPartSuffix(label2: string, tld: string): boolean {
  if (EXTRA_SUFFIXES.has(`${label2}.${tld}`)) return true;
  // Country-code TLDs are two letters; "co.com" or "com.net" are ordinary names.
  return tld.length === 2 && GENERIC_SECOND_LEVEL.has(label2);
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** "blog.example.co.uk" -> "example.co.uk"; "a.b.example.com" -> "example.com"; IPs and single labels as is. */
export function registrableDomainOfHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  const n = labels.length;
  if (n <= 2) return h;
  const tld = labels[n - 1] ?? '';
  const second = labels[n - 2] ?? '';
  const keep = isTwoPartSuffix(second, tld) ? 3 : 2;
  return labels.slice(n - keep).join('.');
}
