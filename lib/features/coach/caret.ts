import { readComposerText } from '@/lib/x/composer';
import { X } from '@/lib/x/selectors';

/**
 * Focuses the composer with the caret at `offset` (an index into the text `readComposerText`
 * returns), or at the end. Only the selection moves, never the text: for Draft.js we set the DOM
 * selection and let Draft read it back (as it does after a mouse click), for a textarea we use
 * setSelectionRange.
 */
export function placeCaret(composer: HTMLElement, offset?: number) {
  const length = readComposerText(composer).length;
  const at = Math.max(0, Math.min(offset ?? length, length));
  composer.focus({ preventScroll: false });
  if (composer instanceof HTMLTextAreaElement) {
    composer.setSelectionRange(at, at);
    return;
  }
  const apply = () => {
    const point = domPoint(composer, at);
    const selection = composer.ownerDocument.getSelection();
    if (!point || !selection) return;
    selection.collapse(point.node, point.offset);
  };
  apply();
  // Draft.js restores its own selection on focus during the next render: set ours after it.
  requestAnimationFrame(apply);
}

/** The text node and offset for a text index, counting one "\n" between Draft.js blocks. */
function domPoint(composer: HTMLElement, at: number): { node: Node; offset: number } | null {
  const blocks = [...composer.querySelectorAll(X.draftBlock.css)];
  const roots = blocks.length ? blocks : [composer];
  let remaining = at;
  for (const [index, block] of roots.entries()) {
    const texts = textNodes(block);
    const blockLength = texts.reduce((sum, t) => sum + (t.nodeValue?.length ?? 0), 0);
    const last = index === roots.length - 1;
    if (remaining <= blockLength || last) {
      for (const text of texts) {
        const len = text.nodeValue?.length ?? 0;
        if (remaining <= len) return { node: text, offset: remaining };
        remaining -= len;
      }
      const end = texts.at(-1);
      // An empty block: Draft renders a <br>; its leaf span is the place for the caret.
      return end
        ? { node: end, offset: end.nodeValue?.length ?? 0 }
        : { node: block.querySelector(X.draftLeaf.css)?.parentElement ?? block, offset: 0 };
    }
    remaining -= blockLength + 1;
  }
  return null;
}

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) out.push(node as Text);
  return out;
}
