import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError } from '../../model/errors.ts';
import { safeFetch } from './safe-fetch.ts';

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Tue, 17 Jun 2025 10:00:00 GMT' });
      return void res.end('<rss><channel><title>Café</title></channel></rss>');
    }
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      return void res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/feed' }).end();
    }
    if (path === '/to-file') return void res.writeHead(301, { location: 'file:///etc/passwd' }).end();
    if (path === '/big') return void res.writeHead(200).end('x'.repeat(5000));
    if (path === '/gzip') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('y'.repeat(50_000)));
    if (path === '/latin1') return void res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    if (path === '/slow') return void setTimeout(() => res.end('late'), 2000);
    res.writeHead(404).end('nope');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

describe('safeFetch', () => {
  it('returns the body, content type and validators of a local page when private addresses are allowed', async () => {
    const result = await safeFetch(`${base}/feed`, { allowPrivate: true });
    assert.equal(result.status, 200);
    assert.match(result.body, /Café/);
    assert.equal(result.etag, '"v1"');
    assert.equal(result.lastModified, 'Tue, 17 Jun 2025 10:00:00 GMT');
    assert.equal(result.notModified, false);
  });

  it('reports notModified with an empty body when the ETag still matches', async () => {
    const result = await safeFetch(`${base}/feed`, { allowPrivate: true, etag: '"v1"' });
    assert.equal(result.status, 304);
    assert.equal(result.notModified, true);
    assert.equal(result.body, '');
  });

  it('refuses a loopback address unless allowPrivate is set', async () => {
    await assert.rejects(safeFetch(`${base}/feed`), (e: unknown) => e instanceof InputError && /non-public address 127\.0\.0\.1/.test(e.message));
  });

  it('refuses host names that resolve to loopback after DNS resolution', async () => {
    const port = new URL(base).port;
    await assert.rejects(safeFetch(`http://localhost:${port}/feed`), (e: unknown) => e instanceof InputError && /non-public address/.test(e.message));
  });

  it('refuses the cloud metadata address', async () => {
    await assert.rejects(safeFetch('http://169.254.169.254/latest/meta-data/'), /non-public address 169\.254\.169\.254/);
  });

  it('checks every redirect hop again, refusing a hop to a non-http scheme', async () => {
    await assert.rejects(safeFetch(`${base}/to-file`, { allowPrivate: true }), /Only http and https/);
  });

  it('follows up to five redirects by hand and stops at the sixth', async () => {
    const ok = await safeFetch(`${base}/hop/4`, { allowPrivate: true });
    assert.equal(ok.finalUrl, `${base}/feed`);
    await assert.rejects(safeFetch(`${base}/hop/5`, { allowPrivate: true }), /Too many redirects/);
  });

  it('rejects bodies over the size limit, also after decompression', async () => {
    await assert.rejects(safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1000 }), /larger than the 1000-byte limit/);
    await assert.rejects(safeFetch(`${base}/gzip`, { allowPrivate: true, maxBytes: 10_000 }), /larger than the 10000-byte limit/);
    const full = await safeFetch(`${base}/gzip`, { allowPrivate: true });
    assert.equal(full.body.length, 50_000);
  });

  it('decodes a body by the charset in its Content-Type', async () => {
    const result = await safeFetch(`${base}/latin1`, { allowPrivate: true });
    assert.equal(result.body, 'café');
  });

  it('stops a slow response at the time limit with a clear message', async () => {
    await assert.rejects(safeFetch(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 }), /took longer than 200 ms/);
  });

  it('rejects non-http schemes and URLs with credentials', async () => {
    await assert.rejects(safeFetch('file:///etc/passwd'), /Only http and https/);
    await assert.rejects(safeFetch('http://user:pw@example.org/'), /credentials/);
    await assert.rejects(safeFetch('not a url'), /Expected an absolute http\(s\) URL/);
  });
});
