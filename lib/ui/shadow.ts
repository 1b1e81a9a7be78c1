import { type ComponentChild, render } from 'preact';
import { testHooksOn } from './test-hooks';

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  update(child: ComponentChild): void;
  remove(): void;
}

// Not WXT's createShadowRootUi/createIntegratedUi: they mount asynchronously (loading the CSS file
// per UI) and build an html/head/body per root, where a timeline needs hundreds of synchronous
// badge mounts sharing one CSS text; the lifetime comes from ctx.signal all the same.
/**
 * Mounts a Preact tree in a shadow root whose host tag starts with `dinner-table-`, so X's
 * styles never reach it and ours never reach X. The root is closed, so X's scripts cannot read
 * what is inside (stages, notes, history); only the test harness's hooks open it. The same CSS text goes in every root (browsers
 * share the parsed sheet for identical text). Keys typed inside stay inside: X's keyboard
 * shortcuts (j, k, l, r...) must not fire while the user types a note.
 */
export function mountShadow(
  tag: `dinner-table-${string}`,
  css: string,
  place: (host: HTMLElement) => void,
): ShadowMount {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: testHooksOn() ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  const container = document.createElement('div');
  container.className = 'dt-root';
  root.append(container);
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  place(host);
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
