import { utcDate } from '@/lib/text/day';
import { readProfile } from '@/lib/x/people';
import type { Feature } from './types';

/**
 * A visit to someone's profile: who they are (id, handle, name, bio, website, whether they follow
 * you) and one `visit` a day, so visiting ten times today is one visit. On your own profile, only
 * your website (the background learns your own domain from it; it stores no contact for you).
 */
export const profileFeature: Feature = {
  id: 'record-profile',
  routes: ['profile'],
  async init({ account, route, dom, events }, signal) {
    const handle = route.handle;
    if (!handle) return;
    if (handle.toLowerCase() === account.handle.toLowerCase()) {
      // Your own profile: only its website, from which the background learns your own domain.
      const url = await dom.waitFor(() => readProfile(document, handle)?.url, signal);
      if (url && !signal.aborted)
        events.push({
          type: 'profile',
          person: { id: account.id, handle: account.handle, url },
          at: Date.now(),
        });
      return;
    }
    const person = await dom.waitFor(() => {
      const p = readProfile(document, handle);
      return p?.id ? p : undefined;
    }, signal);
    if (!person || signal.aborted) return;
    const at = Date.now();
    events.push({ type: 'profile', person, at });
    // One visit a UTC day: the key is the row's identity (lib/text/day says why not the local day).
    events.push({ type: 'interaction', key: `visit:${person.id}:${utcDate(at)}`, kind: 'visit', person, at });
  },
};
