/**
 * An element's text as a person reads it: X draws emoji as `<img alt="🇸🇪">` in names, posts and
 * bios, so `textContent` alone drops them ("Petra Lindqvist" for "Petra Lindqvist 🇸🇪") and a post
 * with an emoji no longer reads as the draft that was typed.
 */
export function shownText(el: Node | null | undefined): string {
  if (!el) return '';
  if (!(el as Element).querySelector?.('img[alt]')) return el.textContent ?? '';
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) out += child.nodeValue ?? '';
      else if (child.nodeType !== Node.ELEMENT_NODE) continue;
      else if ((child as Element).tagName === 'IMG') out += (child as Element).getAttribute('alt') ?? '';
      else walk(child);
    }
  };
  walk(el);
  return out;
}
