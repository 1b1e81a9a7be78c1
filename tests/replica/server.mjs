// Local HTTPS replica of logged-in x.com (legacy "responsive-web" DOM) for tests, e2e and benchmarks.
//
//   import { startReplica } from './tests/replica/server.mjs';
//   const replica = await startReplica({ port: 0, seed });   // seed: object | path to JSON | undefined (default)
//   // replica.port, replica.url ('https://x.com'), replica.hits, replica.posts, replica.setSeed(s), await replica.close()
//
// Point a browser at it with e.g. chromium `--host-resolver-rules="MAP x.com 127.0.0.1:<port>" --ignore-certificate-errors`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphqlResponse, OPS, opName } from './graphql.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const APP_DIR = path.join(HERE, 'app');
const DIST_DIR = path.join(HERE, 'dist');
const CERT_DIR = path.join(HERE, '.certs');
const DEFAULT_SEED = path.join(HERE, 'seeds', 'default.json');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, name)));
  return max;
}

function distIsFresh() {
  const index = path.join(DIST_DIR, 'index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  const src = Math.max(newestMtime(APP_DIR), fs.statSync(path.join(HERE, 'vite.config.ts')).mtimeMs);
  return built >= src;
}

let buildPromise = null;

/** Builds the SPA into tests/replica/dist (always rebuilds). Safe against concurrent builds (atomic rename). */
export async function buildReplica() {
  if (buildPromise) return buildPromise;
  buildPromise = (async () => {
    const { build } = await import('vite');
    const tmp = path.join(HERE, `dist.tmp-${process.pid}-${Date.now()}`);
    const started = Date.now();
    await build({
      configFile: path.join(HERE, 'vite.config.ts'),
      build: { outDir: tmp, emptyOutDir: true },
      logLevel: 'warn',
    });
    const old = path.join(HERE, `dist.old-${process.pid}-${Date.now()}`);
    if (fs.existsSync(DIST_DIR)) {
      try {
        fs.renameSync(DIST_DIR, old);
      } catch {}
    }
    try {
      fs.renameSync(tmp, DIST_DIR);
    } catch {
      // another process won the race; keep theirs
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    fs.rmSync(old, { recursive: true, force: true });
    return { ms: Date.now() - started };
  })().finally(() => {
    buildPromise = null;
  });
  return buildPromise;
}

async function ensureBuilt() {
  if (!distIsFresh()) await buildReplica();
}

function ensureCert() {
  const key = path.join(CERT_DIR, 'key.pem');
  const cert = path.join(CERT_DIR, 'cert.pem');
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    fs.mkdirSync(CERT_DIR, { recursive: true });
    const tmpKey = `${key}.${process.pid}`;
    const tmpCert = `${cert}.${process.pid}`;
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '3650',
        '-keyout',
        tmpKey,
        '-out',
        tmpCert,
        '-subj',
        '/CN=x.com',
        '-addext',
        'subjectAltName=DNS:x.com,DNS:twitter.com,DNS:mobile.x.com,DNS:mobile.twitter.com,DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    fs.renameSync(tmpKey, key);
    fs.renameSync(tmpCert, cert);
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

function loadSeed(seed) {
  if (seed == null) return JSON.parse(fs.readFileSync(DEFAULT_SEED, 'utf8'));
  if (typeof seed === 'string') return JSON.parse(fs.readFileSync(seed, 'utf8'));
  return seed;
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function parseJson(s) {
  try {
    return JSON.parse(s || '{}');
  } catch {
    return {};
  }
}

const AVATAR_COLORS = [
  '#1d9bf0',
  '#7856ff',
  '#f91880',
  '#00ba7c',
  '#ff7a00',
  '#ffd400',
  '#8b98a5',
  '#0f766e',
];
function avatarSvg(seed, id, handle) {
  const users = [seed.me, ...(seed.users ?? [])].filter(Boolean);
  const u = users.find((x) => x.id === id) ?? { handle, name: handle };
  let h = 0;
  for (const c of u.handle) h = (h * 31 + c.charCodeAt(0)) | 0;
  const color = AVATAR_COLORS[Math.abs(h) % AVATAR_COLORS.length];
  const initials = String(u.name)
    .split(/\s+/)
    .map((p) => p[0] ?? '')
    .slice(0, 2)
    .join('')
    .toUpperCase()
    .replace(/[<&>"]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" fill="${color}"/><text x="48" y="60" font-family="Helvetica,Arial,sans-serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
}

let idCounter = 0;
function newTweetId() {
  idCounter += 1;
  // Snowflake-ish: newer than any seeded id.
  return (1990000000000000000n + BigInt(Date.now() % 1e9) * 1000n + BigInt(idCounter)).toString();
}

/**
 * @param {{ port?: number, host?: string, seed?: object | string }} [opts]
 */
export async function startReplica({ port = 0, host = '127.0.0.1', seed } = {}) {
  await ensureBuilt();
  const tls = ensureCert();
  let currentSeed = loadSeed(seed);
  const hits = [];
  const posts = [];
  /** Every GraphQL body served: { op, sha256 }. */
  const served = [];
  // What the account did since the seed was set, as X's servers would remember it: later responses
  // (and the next page load) include the posts made and the follows changed.
  let made = [];
  let follows = new Map();
  const liveSeed = () => {
    if (!made.length && !follows.size) return currentSeed;
    const me = currentSeed.me ?? {};
    const tweets = [
      ...(currentSeed.tweets ?? []),
      ...made.map((p) => ({
        id: p.id,
        author: me.handle,
        text: p.text,
        createdAt: p.at,
        ...(p.replyTo && { replyTo: p.replyTo }),
        ...(p.quoteOf && { quoteOf: p.quoteOf }),
      })),
    ];
    const fresh = made.filter((p) => !p.replyTo).map((p) => p.id);
    return {
      ...currentSeed,
      users: (currentSeed.users ?? []).map((u) =>
        follows.has(u.id) ? { ...u, iFollow: follows.get(u.id) } : u,
      ),
      tweets,
      ...(currentSeed.homeTimeline && { homeTimeline: [...fresh.reverse(), ...currentSeed.homeTimeline] }),
    };
  };

  const shell = () => {
    // Read per request: another process may have rebuilt dist (new asset names).
    const shellTemplate = fs.readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
    const json = JSON.stringify(liveSeed()).replace(/</g, '\\u003c');
    const tag = `<script type="application/json" id="replica-seed">${json}</script>`;
    const theme = currentSeed.theme ?? 'light';
    const bg = theme === 'dark' ? 'rgb(0, 0, 0)' : theme === 'dim' ? 'rgb(21, 32, 43)' : 'rgb(255, 255, 255)';
    const meta = theme === 'dark' ? '#000000' : theme === 'dim' ? '#15202b' : '#FFFFFF';
    // Like X's inline `window.__INITIAL_STATE__` after #react-root (extensions read screen_name from it).
    const me = currentSeed.me ?? {};
    const initial = {
      session: { user_id: me.id, isActiveCreator: false },
      entities: {
        users: { entities: { [me.id]: { id_str: me.id, screen_name: me.handle, name: me.name } } },
      },
      settings: { local: { themeColor: 'blue500', highContrastEnabled: false } },
    };
    const initialTag = `<script>window.__INITIAL_STATE__=${JSON.stringify(initial).replace(/</g, '\\u003c')};</script>`;
    return shellTemplate
      .replace('<!--replica-seed-->', () => tag)
      .replace('<!--replica-initial-state-->', () => initialTag)
      .replace('content="#FFFFFF"', `content="${meta}"`)
      .replace('<body>', `<body style="background-color: ${bg};">`);
  };

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'cache-control': 'no-store', ...headers });
    res.end(body);
  };

  const server = https.createServer(tls, async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x.com');
    hits.push(url.pathname + url.search);
    try {
      if (url.pathname === '/favicon.ico') return send(res, 204, '');
      if (req.method === 'POST' && /^\/i\/api\/graphql\/[^/]+\/CreateTweet$/.test(url.pathname)) {
        const body = parseJson(await readBody(req));
        const v = body.variables ?? {};
        const id = newTweetId();
        const quoteMatch =
          typeof v.attachment_url === 'string' ? v.attachment_url.match(/\/status\/(\d+)/) : null;
        const rec = {
          id,
          text: String(v.tweet_text ?? ''),
          replyTo: v.reply?.in_reply_to_tweet_id ?? null,
          quoteOf: quoteMatch ? quoteMatch[1] : null,
          at: new Date().toISOString(),
        };
        posts.push(rec);
        made.push(rec);
        const me = currentSeed.me ?? {};
        const result = {
          data: {
            create_tweet: {
              tweet_results: {
                result: {
                  __typename: 'Tweet',
                  rest_id: id,
                  core: {
                    user_results: {
                      result: {
                        __typename: 'User',
                        rest_id: me.id,
                        core: { screen_name: me.handle, name: me.name },
                      },
                    },
                  },
                  legacy: {
                    id_str: id,
                    full_text: rec.text,
                    created_at: new Date(rec.at).toUTCString(),
                    user_id_str: me.id,
                    in_reply_to_status_id_str: rec.replyTo ?? undefined,
                    is_quote_status: Boolean(rec.quoteOf),
                    quoted_status_id_str: rec.quoteOf ?? undefined,
                    favorite_count: 0,
                    retweet_count: 0,
                    reply_count: 0,
                    entities: {},
                  },
                },
              },
            },
          },
        };
        return send(res, 200, JSON.stringify(result), { 'content-type': 'application/json' });
      }
      if (req.method === 'POST' && url.pathname === '/i/api/replica/dm') {
        const body = parseJson(await readBody(req));
        const rec = {
          kind: 'dm',
          text: String(body.text ?? ''),
          to: body.to ?? null,
          conversationId: body.conversationId ?? null,
          at: new Date().toISOString(),
        };
        posts.push(rec);
        return send(res, 200, JSON.stringify({ ok: true, ...rec }), { 'content-type': 'application/json' });
      }
      if (req.method === 'POST' && url.pathname.startsWith('/i/api/')) {
        // FavoriteTweet, UnfavoriteTweet, CreateRetweet, DeleteRetweet, friendships/create.json, ... : acknowledge.
        const raw = await readBody(req);
        const op = url.pathname.split('/').pop();
        const friendship = /^\/i\/api\/1\.1\/friendships\/(create|destroy)\.json$/.exec(url.pathname);
        const userId = friendship && parseJson(raw).user_id;
        if (typeof userId === 'string') follows.set(userId, friendship[1] === 'create');
        return send(res, 200, JSON.stringify({ data: { [op ?? 'ok']: 'Done' } }), {
          'content-type': 'application/json',
        });
      }
      const avatar = url.pathname.match(/^\/profile_images\/(\d+)\/([A-Za-z0-9_]+)_normal\.svg$/);
      if (avatar)
        return send(res, 200, avatarSvg(currentSeed, avatar[1], avatar[2]), {
          'content-type': 'image/svg+xml',
          'cache-control': 'max-age=3600',
        });
      if (url.pathname.startsWith('/assets/')) {
        const file = path.join(DIST_DIR, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
        if (file.startsWith(DIST_DIR) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          const type = MIME[path.extname(file)] ?? 'application/octet-stream';
          return send(res, 200, fs.readFileSync(file), {
            'content-type': type,
            'cache-control': 'max-age=3600',
          });
        }
        return send(res, 404, 'not found');
      }
      const gqlPath = url.pathname.match(/^\/i\/api\/graphql\/[^/]+\/([A-Za-z0-9]+)$/);
      const gqlOp = gqlPath && OPS.find((op) => opName(currentSeed, op) === gqlPath[1]);
      if (gqlOp) {
        let variables = {};
        try {
          variables = JSON.parse(url.searchParams.get('variables') ?? '{}');
        } catch {}
        const body = JSON.stringify(graphqlResponse(liveSeed(), gqlOp, variables));
        // What the page must receive byte for byte, with or without the extension (tests compare).
        served.push({ op: gqlOp, sha256: createHash('sha256').update(body).digest('hex') });
        return send(res, 200, body, { 'content-type': 'application/json' });
      }
      if (url.pathname.startsWith('/i/api/')) {
        return send(res, 200, JSON.stringify({ data: {} }), { 'content-type': 'application/json' });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
      // Every other path is an SPA route, or a page given whole (`replica.pages`: X as another hand wrote it).
      const meId = currentSeed.me?.id ?? '0';
      const given = currentSeed.replica?.pages?.[url.pathname];
      return send(res, 200, req.method === 'HEAD' ? '' : (given ?? shell()), {
        'content-type': 'text/html; charset=utf-8',
        // `replica.httpOnlyTwid`: X making the cookie unreadable to scripts (the inline state still names the id).
        'set-cookie': [
          `twid=u%3D${meId}; Path=/; Secure${currentSeed.replica?.httpOnlyTwid ? '; HttpOnly' : ''}`,
        ],
      });
    } catch (err) {
      send(res, 500, String(err?.stack ?? err));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return {
    port: typeof addr === 'object' && addr ? addr.port : port,
    url: 'https://x.com',
    hits,
    posts,
    served,
    setSeed(next) {
      currentSeed = loadSeed(next);
      made = [];
      follows = new Map();
    },
    close() {
      return new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      });
    },
  };
}
