// Minimal history router: pushState on internal link clicks, popstate handling.
import { useSyncExternalStore } from 'react';

const listeners = new Set();
let snapshot = { path: location.pathname, search: location.search, state: history.state };

function update() {
  snapshot = { path: location.pathname, search: location.search, state: history.state };
  for (const l of listeners) l();
}
window.addEventListener('popstate', update);

export function useLocation() {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
  );
}

export function navigate(to, { replace = false, state = null } = {}) {
  const url = new URL(to, location.origin);
  if (url.origin !== location.origin) {
    location.href = url.href;
    return;
  }
  if (replace) history.replaceState(state, '', url.pathname + url.search + url.hash);
  else history.pushState(state, '', url.pathname + url.search + url.hash);
  if (!replace && !url.hash) window.scrollTo(0, 0);
  update();
}

/** Opens a modal route (e.g. /compose/post) keeping the current page rendered underneath. */
export function openModal(path, modal) {
  const background = snapshot.state?.background ?? snapshot.path + snapshot.search;
  history.pushState({ background, modal }, '', path);
  update();
}

export function closeModal() {
  if (snapshot.state?.background && history.length > 1 && snapshot.state?.pushed !== false) {
    history.back();
  } else {
    navigate('/home', { replace: true });
  }
}

// Intercept same-origin link clicks (like react-router's <Link>).
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!a || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  if (url.pathname === location.pathname && url.search === location.search) return;
  navigate(url.pathname + url.search + url.hash);
});
