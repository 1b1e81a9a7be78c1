/** Every UI we mount in X's page has a host whose tag starts with this (lib/ui/shadow.ts). */
const HOST_PREFIX = 'DINNER-TABLE-';

/**
 * Removes the hosts an earlier copy of the content script left in the page. After an update or
 * reload the orphaned copy removes its own, but only if it still runs: Firefox unloads its code
 * without a word, so the new copy clears what is left before adding its own (never two sets).
 * Returns how many it removed.
 */
export function removeLeftoverHosts(doc: Document): number {
  const left: Element[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).tagName.startsWith(HOST_PREFIX)) left.push(node as Element);
  }
  for (const el of left) el.remove();
  return left.length;
}
