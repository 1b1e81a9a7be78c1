import type { ComponentChildren } from 'preact';
import { type MessageKey, type Params, t } from './t';

/**
 * A message with marked-up parts, for a link or emphasis inside a sentence that each language
 * places differently: "Open <link>x.com</link> and log in." The tags name functions the caller
 * gives, which receive the translated inner text; anything not marked is plain text (never HTML).
 */
export function tRich(
  key: MessageKey,
  tags: Record<string, (text: string) => ComponentChildren>,
  params?: Params,
): ComponentChildren[] {
  return splitTags(t(key, params), tags);
}

export function splitTags(
  text: string,
  tags: Record<string, (text: string) => ComponentChildren>,
): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const re = /<(\w+)>(.*?)<\/\1>/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [whole, name = '', inner = ''] = m;
    const render = tags[name];
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(render ? render(inner) : inner);
    last = m.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
