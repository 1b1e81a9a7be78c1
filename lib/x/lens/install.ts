import { LENS_BUFFER, LENS_FACTS, LENS_MORE, LENS_PULL, LENS_VIEWER, LENS_WHO } from './channel';
import { asksLaterPage, lensOperation } from './endpoints';
import { extract, type PostFact, type UserFact } from './extract';

/**
 * The lens, in the page's own world: wraps `fetch` and `XMLHttpRequest.prototype.open` to watch
 * the responses X's page asked for. It never starts a request and never changes one: the page gets
 * the very Promise/Response and XHR object it would have got, and the lens takes what the page
 * itself read (the object its `response.json()` parsed, or the XHR's response), later, off the
 * page's critical path.
 */
export function installLens(win: Window & typeof globalThis) {
  const users = new Map<string, UserFact>();
  const posts = new Map<string, PostFact>();
  const seen: { op: string; known: boolean; users: number; next: boolean }[] = [];
  let signalled = false;
  const viewerId = /(?:^|;\s*)twid=u%3D(\d+)/.exec(win.document.cookie)?.[1];
  let viewer: string | undefined;
  const announce = () =>
    viewer && win.document.dispatchEvent(new win.CustomEvent(LENS_VIEWER, { detail: viewer }));
  win.document.addEventListener(LENS_WHO, announce);

  const more = () => {
    if (signalled) return;
    signalled = true;
    win.setTimeout(() => {
      signalled = false;
      win.document.dispatchEvent(new win.CustomEvent(LENS_MORE));
    }, 100);
  };

  const take = (op: string, body: unknown, next: boolean) => {
    try {
      const out = extract(op, body);
      if (seen.length < 200) seen.push({ op, known: out.known, users: out.users.length, next });
      for (const u of out.users) {
        users.set(u.id, u);
        if (u.id === viewerId && !viewer) {
          viewer = JSON.stringify({ id: u.id, handle: u.handle });
          announce();
        }
      }
      for (const p of out.posts) posts.set(p.id, p);
      // Bounded while nobody pulls: Maps keep insertion order, so the oldest go first.
      for (const map of [users, posts] as Map<string, unknown>[])
        for (const k of map.keys()) {
          if (map.size <= LENS_BUFFER) break;
          map.delete(k);
        }
      more();
    } catch {
      // Never let the lens break the page.
    }
  };

  win.document.addEventListener(LENS_PULL, () => {
    if (!users.size && !posts.size && !seen.length) return;
    const detail = JSON.stringify({ users: [...users.values()], posts: [...posts.values()], seen });
    users.clear();
    posts.clear();
    seen.length = 0;
    win.document.dispatchEvent(new win.CustomEvent(LENS_FACTS, { detail }));
  });

  const later = (fn: () => void) => win.setTimeout(fn, 0);

  // fetch: the page reads the body itself (`response.json()` on X's client). The lens marks the
  // responses of known operations and takes the object the page's own `json()` produced, so the body
  // is neither copied nor parsed a second time. Only when the page reads it as text does the lens
  // parse that text, once, a little later (a page that calls both gets its parsed object used).
  const watched = new WeakMap<Response, { op: string; done: boolean; next: boolean }>();
  const deliver = (token: { op: string; done: boolean; next: boolean }, body: () => unknown) => {
    if (token.done) return;
    token.done = true;
    take(token.op, body(), token.next);
  };
  const responseProto = win.Response?.prototype;
  if (responseProto) {
    const pageJson = responseProto.json;
    const pageText = responseProto.text;
    const pageClone = responseProto.clone;
    responseProto.json = function json(this: Response) {
      const pending = Reflect.apply(pageJson, this, []) as Promise<unknown>;
      const token = watched.get(this);
      if (token)
        pending.then(
          (body) => later(() => deliver(token, () => body)),
          () => {},
        );
      return pending;
    };
    responseProto.text = function text(this: Response) {
      const pending = Reflect.apply(pageText, this, []) as Promise<string>;
      const token = watched.get(this);
      if (token)
        pending.then(
          (body) =>
            win.setTimeout(
              () =>
                deliver(token, () => {
                  try {
                    return JSON.parse(body);
                  } catch {
                    return undefined;
                  }
                }),
              50,
            ),
          () => {},
        );
      return pending;
    };
    responseProto.clone = function clone(this: Response) {
      const copy = Reflect.apply(pageClone, this, []) as Response;
      const token = watched.get(this);
      if (token) watched.set(copy, token);
      return copy;
    };
  }

  const pageFetch = win.fetch;
  if (typeof pageFetch === 'function' && responseProto) {
    win.fetch = function fetch(this: unknown, ...args: Parameters<typeof win.fetch>) {
      const pending = Reflect.apply(pageFetch, this, args) as Promise<Response>;
      try {
        const input = args[0];
        const url =
          typeof input === 'string' ? input : input instanceof win.Request ? input.url : String(input);
        const op = lensOperation(url);
        // Our `then` is attached before the page's, so the response is marked before the page reads it.
        if (op)
          pending.then(
            (response) => {
              if (response.ok) watched.set(response, { op, done: false, next: asksLaterPage(url) });
            },
            () => {},
          );
      } catch {}
      return pending;
    } as typeof win.fetch;
  }

  const proto = win.XMLHttpRequest?.prototype;
  const pageOpen = proto?.open;
  if (pageOpen) {
    proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = String(args[1]);
        const op = lensOperation(url);
        if (op)
          this.addEventListener('load', () => {
            if (this.status < 200 || this.status >= 300) return;
            // Prefer what X's page already parsed; else the text it already holds.
            const type = this.responseType;
            const ready =
              type === 'json'
                ? this.response
                : type === '' || type === 'text'
                  ? this.responseText
                  : undefined;
            if (ready === undefined) return;
            later(() => {
              let body: unknown = ready;
              if (typeof ready === 'string')
                try {
                  body = JSON.parse(ready);
                } catch {
                  body = undefined;
                }
              take(op, body, asksLaterPage(url));
            });
          });
      } catch {}
      return Reflect.apply(pageOpen, this, args);
    } as typeof proto.open;
  }
}
