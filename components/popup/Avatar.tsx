import type { ContactView } from '@/lib/messages/protocol';
import { hash } from '@/lib/relationships/handful';
import { initial } from './format';

const HUES = [18, 32, 150, 200, 265, 330];

/** A warm initial in a circle: no image is ever fetched from X. */
export function Avatar({ contact }: { contact: ContactView }) {
  const hue = HUES[hash(contact.key) % HUES.length];
  return (
    <span class="avatar" aria-hidden="true" style={{ '--hue': hue }}>
      {initial(contact)}
    </span>
  );
}
