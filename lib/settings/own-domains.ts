import { registrableDomainOfHost } from '@/lib/coach/domain';
import type { Settings } from './settings';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Cleans what a person types as a domain: "https://www.Example.com/page" becomes "example.com". */
export function normalizeDomain(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    // X shows long websites cut with an ellipsis ("danawhitfield.dev/ab…").
    .replace(/…$/, '');
  return DOMAIN.test(text) ? text : null;
}

/**
 * Sites that are everyone's, never one person's own: linking to them three times says nothing
 * about who owns them. Hosts under the shared hosts below are a person's own site
 * ("dana.substack.com"), the bare host is not.
 */
const EVERYONES = new Set([
  'x.com',
  'twitter.com',
  't.co',
  'youtube.com',
  'youtu.be',
  'github.com',
  'gitlab.com',
  'google.com',
  'wikipedia.org',
  'linkedin.com',
  'instagram.com',
  'facebook.com',
  'tiktok.com',
  'reddit.com',
  'amazon.com',
  'apple.com',
  'spotify.com',
  'twitch.tv',
  'discord.gg',
  'discord.com',
  'bsky.app',
  'threads.net',
  'mastodon.social',
  'ycombinator.com',
  'producthunt.com',
  'imgur.com',
  'giphy.com',
  'archive.org',
  'nytimes.com',
  'theguardian.com',
  'bbc.co.uk',
  'bbc.com',
  'linktr.ee',
  'beacons.ai',
  'bit.ly',
  'tinyurl.com',
  'buff.ly',
  'ow.ly',
]);
const SHARED_HOSTS = [
  'substack.com',
  'medium.com',
  'github.io',
  'gitlab.io',
  'wordpress.com',
  'blogspot.com',
  'tumblr.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'ghost.io',
  'hashnode.dev',
  'bearblog.dev',
  'notion.site',
  'carrd.co',
];

/** The site a link or website belongs to, as an own-domain entry; null for everyone's sites. */
export function siteOf(link: string): string | null {
  const host = normalizeDomain(link);
  if (!host) return null;
  const shared = SHARED_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
  if (shared) return host === shared || host === `www.${shared}` ? null : host;
  const site = registrableDomainOfHost(host);
  return EVERYONES.has(site) ? null : site;
}

/** How many of your posts must link to a site before it is learned as yours. */
export const POSTS_TO_LEARN = 3;

/** Sites linked from at least POSTS_TO_LEARN of these posts (each post counts a site once), most linked first. */
export function sitesPostedOften(
  posts: readonly { links: readonly string[] }[],
  min = POSTS_TO_LEARN,
): string[] {
  const count = new Map<string, number>();
  for (const post of posts) {
    const sites = new Set(post.links.map(siteOf).filter((s): s is string => s !== null));
    for (const site of sites) count.set(site, (count.get(site) ?? 0) + 1);
  }
  return [...count]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([site]) => site);
}

/**
 * The settings change that adds `found` to the learned domains, leaving out what the person already
 * listed, already has learned, or removed from the learned list (never learned again); null when
 * nothing is new.
 */
export function learn(
  settings: Pick<Settings, 'ownDomains' | 'learnedDomains' | 'forgottenDomains'>,
  found: readonly string[],
): Pick<Settings, 'learnedDomains'> | null {
  const known = new Set([...settings.ownDomains, ...settings.learnedDomains, ...settings.forgottenDomains]);
  const fresh = [...new Set(found)].filter((d) => !known.has(d));
  return fresh.length ? { learnedDomains: [...settings.learnedDomains, ...fresh] } : null;
}
