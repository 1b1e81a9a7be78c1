import type { ContactView } from '@/lib/messages/protocol';
import { fnv1a } from '@/lib/text/fnv1a';
import { initial } from './format';

const HUES = [18, 32, 150, 200, 265, 330];

/** A warm initial in a circle: no image is ever fetched from X. */
export function Avatar({ contact }: { contact: ContactView }) {
  const hue = HUES[fnv1a(contact.key) % HUES.length];
  return (
    <span class="avatar" aria-hidden="true" style={{ '--hue': hue }}>
      {initial(contact)}
    </span>
  );
}
