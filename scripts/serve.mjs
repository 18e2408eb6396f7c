#!/usr/bin/env node
// Serves the built site (dist/ or ATLAS_DIST) under its base path, with the 404 page for unknown paths.
// Usage: npm run serve [-- --port 4321 --dir dist --base /]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

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
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const files = sirv(dir, { etag: true, dev: false});
const notFound = readFileSync(`${dir}/404.html`);

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (base !== '/' && (url === '/' || url === base.slice(0, -1))) {
    res.writeHead(302, { Location: base }).end();
    return;
  }
  if (!url.startsWith(base)) return sendNotFound(res);
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => sendNotFound(res));
});

function sendNotFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
}

server.listen(Number(values.port), values.host, () => {
  if (!values.quiet) console.log(`AlphaTree Atlas: http://${values.host}:${values.port}${base}`);
});
