import type { Database } from '@/lib/db/open';
import { recentPosts } from '@/lib/db/queries';
import type { Account, PageEvent } from '@/lib/messages/schemas';
import { learn, siteOf, sitesPostedOften } from '@/lib/settings/own-domains';
import { loadSettings, saveSettings } from '@/lib/settings/settings';

/** How many of your latest posts are read to find the sites you link to again and again. */
const POSTS_READ = 300;

/**
 * Learns your own domains, per account, into the setting the coach reads beside the ones you typed
 * (settings.learnedDomains): the website on your own profile, and sites linked from at least three
 * of your posts (page or archive). The options page lists them with a remove button; a removed one
 * is never learned again.
 */
export async function learnOwnDomains(db: Database, account: string, website?: string): Promise<string[]> {
  const posts = await recentPosts(db, account, POSTS_READ);
  const site = website ? siteOf(website) : null;
  const found = [...(site ? [site] : []), ...sitesPostedOften(posts)];
  if (found.length === 0) return [];
  const change = learn(await loadSettings(account), found);
  if (!change) return [];
  await saveSettings(change, account);
  return change.learnedDomains;
}

/** Whether a batch may teach a domain: a post with a link, or your own profile showing its website. */
export function websiteOrLinks(
  events: readonly PageEvent[],
  account: Account,
): { learn: boolean; website?: string } {
  let links = false;
  let website: string | undefined;
  for (const e of events) {
    if (e.type === 'post' && e.links.length > 0) links = true;
    else if (
      e.type === 'profile' &&
      e.person.url &&
      (e.person.id === account.id || e.person.handle?.toLowerCase() === account.handle.toLowerCase())
    )
      website = e.person.url;
  }
  return { learn: links || website !== undefined, ...(website && { website }) };
}
