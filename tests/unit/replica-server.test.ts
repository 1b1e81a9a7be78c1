// @vitest-environment node
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Replica, startReplica } from '../replica/server.mjs';

function request(
  port: number,
  path: string,
  opts: { method?: string; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        servername: 'x.com',
        rejectUnauthorized: false,
        headers: { host: 'x.com', ...(opts.body ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('x.com replica server', () => {
  let replica: Replica;
  beforeAll(async () => {
    replica = await startReplica({ port: 0 });
  }, 120_000);
  afterAll(async () => {
    await replica?.close();
  });

  it('serves the SPA shell with the inlined seed and the twid cookie', async () => {
    expect(replica.url).toBe('https://x.com');
    const res = await request(replica.port, '/home');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<script type="application/json" id="replica-seed">');
    expect(res.body).toContain('id="react-root"');
    const m = res.body.match(/<script type="application\/json" id="replica-seed">([\s\S]*?)<\/script>/);
    const seed = JSON.parse(m?.[1] ?? '{}');
    expect(seed.me.handle).toBe('dana_builds');
    expect(seed.me.id).toBe('1000000001');
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.some((c) => c.startsWith('twid=u%3D1000000001;') && c.includes('Secure'))).toBe(true);
    expect(replica.hits).toContain('/home');
  });

  it('serves every X route as the shell, 204 for favicon', async () => {
    for (const p of [
      '/dana_builds',
      '/maya_okafor/status/1',
      '/dana_builds/followers',
      '/i/chat/1000000001-1000000002',
      '/compose/post',
    ]) {
      const res = await request(replica.port, p);
      expect(res.status).toBe(200);
      expect(res.body).toContain('id="replica-seed"');
    }
    expect((await request(replica.port, '/favicon.ico')).status).toBe(204);
  });

  it('escapes < in the inlined seed and applies setSeed', async () => {
    const res0 = await request(replica.port, '/home');
    const seed = JSON.parse(res0.body.match(/id="replica-seed">([\s\S]*?)<\/script>/)?.[1] ?? '{}');
    seed.me.bio = '</script><b>hi</b>';
    seed.theme = 'dark';
    replica.setSeed(seed);
    const res = await request(replica.port, '/home');
    expect(res.body).not.toContain('</script><b>');
    expect(res.body).toContain('\\u003c/script>');
    expect(res.body).toContain('background-color: rgb(0, 0, 0)');
    replica.setSeed(undefined as never);
  });

  it('records CreateTweet and chat posts', async () => {
    const body = JSON.stringify({
      variables: {
        tweet_text: 'hello replica',
        reply: { in_reply_to_tweet_id: '123' },
        attachment_url: 'https://x.com/a/status/456',
      },
      queryId: 'replica',
    });
    const res = await request(replica.port, '/i/api/graphql/replica/CreateTweet', { method: 'POST', body });
    expect(res.status).toBe(200);
    const json = JSON.parse(res.body);
    const id = json.data.create_tweet.tweet_results.result.rest_id;
    expect(id).toMatch(/^\d+$/);
    const post = replica.posts.find((p) => p.text === 'hello replica');
    expect(post).toMatchObject({ text: 'hello replica', replyTo: '123', quoteOf: '456', id });
    expect(typeof post?.at).toBe('string');

    const dm = await request(replica.port, '/i/api/replica/dm', {
      method: 'POST',
      body: JSON.stringify({ conversationId: '1000000001-1000000002', to: 'maya_okafor', text: 'hi there' }),
    });
    expect(dm.status).toBe(200);
    expect(replica.posts.at(-1)).toMatchObject({ kind: 'dm', text: 'hi there', to: 'maya_okafor' });
  });
});
