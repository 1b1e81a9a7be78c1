import { type ComponentChild, render } from 'preact';
import { testHooksOn } from './test-hooks';

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  update(child: ComponentChild): void;
  remove(): void;
}

/** A shadow root with our styles and an empty `.dt-root` to build in, without any framework. */
export interface PlainShadow {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
}

/** One constructed sheet per CSS text, shared by every root that adopts it; null where it cannot be. */
const sheets = new Map<string, CSSStyleSheet | null>();

function constructedSheet(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  sheets.set(css, sheet);
  return sheet;
}

/**
 * Styles a shadow root. Where the content script's world can adopt a constructed sheet, every root
 * shares one parsed sheet: nothing to parse or copy per badge. Chromium 150 and Firefox ESR 140
 * both adopt a content script's own sheet (checked in each: the badge's root holds one adopted
 * sheet and no <style>); older Firefox refused it (Mozilla bug 1770592: the assignment throws or
 * does not take), so wherever it fails the root gets a <style> with the text instead.
 */
export function styleRoot(root: ShadowRoot, css: string): void {
  const sheet = constructedSheet(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // The world refused our sheet: remember it, and use <style> from now on.
    }
    sheets.set(css, null);
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

/** Keys typed inside stay inside: X's keyboard shortcuts (j, k, l, r...) must not fire from our UI. */
const keepKeysInside = (event: Event) => event.stopPropagation();

/**
 * A host whose tag starts with `dinner-table-`, with a shadow root, so X's styles never reach in
 * and ours never reach out. The root is closed, so X's scripts cannot read what is inside (stages,
 * notes, history); only the test harness's hooks open it.
 */
export function mountPlainShadow(
  tag: `dinner-table-${string}`,
  css: string,
  place: (host: HTMLElement) => void,
): PlainShadow {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: testHooksOn() ? 'open' : 'closed' });
  styleRoot(root, css);
  const container = document.createElement('div');
  container.className = 'dt-root';
  root.append(container);
  for (const type of ['keydown', 'keypress', 'keyup'] as const) host.addEventListener(type, keepKeysInside);
  place(host);
  return { host, root, container };
}

// Not WXT's createShadowRootUi/createIntegratedUi: they mount asynchronously (loading the CSS file
// per UI) and build an html/head/body per root, where a timeline needs hundreds of synchronous
// badge mounts sharing one CSS text; the lifetime comes from ctx.signal all the same.
/**
 * Mounts a Preact tree in a plain shadow (above): the details popover, the profile card, the
 * coach's nudge. Timeline badges are built without Preact (lib/features/overlays/badge-view.ts).
 */
export function mountShadow(
  tag: `dinner-table-${string}`,
  css: string,
  place: (host: HTMLElement) => void,
): ShadowMount {
  const { host, root, container } = mountPlainShadow(tag, css, place);
  return {
    host,
    root,
    update: (child) => render(child, container),
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
