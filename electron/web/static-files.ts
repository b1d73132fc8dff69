import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy } from '../../shared/csp.js';
import { decodeUrlPath, parseRequestTarget } from '../util/url-path.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built renderer; any path that is not a file gets index.html (the app routes by hash). */
export function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const target = parseRequestTarget(req.url);
  const pathname = target && decodeUrlPath(target.pathname);
  if (pathname === null) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request path.\n');
    return;
  }
  const resolved = path.resolve(root, `.${pathname}`);
  const inside = resolved === root || resolved.startsWith(root + path.sep);
  const file = inside && isFile(resolved) ? resolved : path.join(root, 'index.html');
  if (!isFile(file)) {
    res.writeHead(503, { 'content-type': 'text/plain' }).end('The renderer is not built: run `npm run build`.\n');
    return;
  }
  const ext = path.extname(file);
  res.writeHead(200, {
    'content-type': types[ext] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
