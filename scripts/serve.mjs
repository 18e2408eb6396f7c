#!/usr/bin/env node
// Serves the built site (dist/ or ATLAS_DIST) under its base path the way a static host or CDN does:
// index.html for directories, the 404 page for unknown paths, gzip for text, ETags and revalidation.
// Usage: npm run serve [-- --port 4321 --dir dist --base /]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT || '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: process.env.ATLAS_DIST || 'dist' },
    base: { type: 'string', default: process.env.ATLAS_BASE || '/' },
    quiet: { type: 'boolean', default: false },
  },
});

const dir = resolve(values.dir);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.txt']);

/** A file ready to send: bytes, gzipped bytes for text, ETag. Cached: a build's files do not change. */
const cache = new Map();
function load(path) {
  let entry = cache.get(path);
  if (!entry) {
    const body = readFileSync(path);
    const ext = extname(path);
    entry = {
      body,
      gzip: COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body) : undefined,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
    };
    cache.set(path, entry);
  }
  return entry;
}

/** The file a URL path is served from, or undefined (never outside the site folder). */
function fileFor(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = normalize(join(dir, rel));
  if (path !== dir && !path.startsWith(dir + sep)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

function send(req, res, status, path) {
  const f = load(path);
  const headers = { 'Content-Type': f.type, ETag: f.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (status === 200 && req.headers['if-none-match'] === f.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = f.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? f.gzip : f.body;
  res.writeHead(status, { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (base !== '/' && url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  const path = url.pathname.startsWith(base) ? fileFor(`/${url.pathname.slice(base.length)}`) : undefined;
  // A directory without its trailing slash gets one, as static hosts do.
  if (path?.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (path) send(req, res, 200, path);
  else send(req, res, 404, join(dir, '404.html'));
});

server.listen(Number(values.port), values.host, () => {
  if (!values.quiet) console.log(`AlphaTree Atlas: http://${values.host}:${values.port}${base}`);
});
