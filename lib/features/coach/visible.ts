/**
 * Can a person see this element right now? In the DOM is not enough: it needs a layout box, no
 * hidden/transparent ancestor, and a part of it inside the viewport. A held Post click is only
 * fair while its card passes this check.
 */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true })) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  return box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth;
}

/** Brings the card into view if it is below the fold, then says whether it can be seen. */
export function revealAndCheck(el: Element): boolean {
  if (!el.isConnected) return false;
  if (!isVisible(el)) el.scrollIntoView?.({ block: 'nearest' });
  return isVisible(el);
}
