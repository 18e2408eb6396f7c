// The local server behaves like a static host: gzip for text, index.html for directories, 404 page, no escape.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const PORT = 4461;
let server: ChildProcess;

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', DIST, '--port', String(PORT), '--quiet']);
  for (let i = 0; i < 50; i++) {
    try {
      await get('/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});
afterAll(() => server.kill());

describe('scripts/serve.mjs', () => {
  it('serves pages gzipped when the browser accepts it', async () => {
    const plain = await get('/en/models/resnet/');
    const gzipped = await get('/en/models/resnet/', { 'Accept-Encoding': 'gzip, br' });
    expect(plain.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.bytes).toBeLessThan(plain.bytes / 3);
  });

  it('adds the trailing slash to directories and answers unknown paths with the 404 page', async () => {
    const redirect = await get('/en/models/resnet');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/en/models/resnet/');
    expect((await get('/en/nowhere/')).status).toBe(404);
  });

  it('never serves a file outside the site folder', async () => {
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/package.json')).status).toBe(404);
  });

  it('answers a repeated request with 304 when the ETag matches', async () => {
    const first = await get('/en/');
    const again = await get('/en/', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
  });
});
