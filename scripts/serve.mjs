// A small static file server for dist/: what `npm start`, the browser tests and the bench use.
// Serves the built site at BASE_PATH (default "/"), prints the URL, answers 404 with 404.html, and
// sends the headers of the site's own _headers file (CSP, caching) as Netlify or Cloudflare Pages
// would, so a page that breaks under the real policy breaks here too.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBasePath } from '../src/lib/deploy-config.mjs';
import { headersFor, readHeadersFile } from '../src/lib/headers-file.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The headers `<dir>/_headers` gives a request path; the file is read again whenever it changes
 * (a rebuild while the server runs).
 * @param {string} dir
 * @returns {(requestPath: string) => Record<string, string>}
 */
export function headersFromDir(dir) {
  const file = join(dir, '_headers');
  let stamp = '';
  /** @type {import('../src/lib/headers-file.mjs').HeaderRule[]} */
  let rules = [];
  return (requestPath) => {
    let now = 'none';
    try {
      const st = statSync(file);
      now = `${st.mtimeMs}:${st.size}`;
    } catch {
      now = 'none';
    }
    if (now !== stamp) {
      rules = now === 'none' ? [] : readHeadersFile(file);
      stamp = now;
    }
    return headersFor(rules, requestPath);
  };
}

/**
 * @param {{ root: string, base?: string, port?: number, host?: string, headers?: false | ((requestPath: string) => Record<string, string>) }} opts
 *   headers: what to send per request path (default: the root's _headers file; false: none)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve({ root, base = '/', port = 4321, host = '127.0.0.1', headers: given }) {
  const dir = resolve(root);
  const headers = given === false ? () => ({}) : (given ?? headersFromDir(dir));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    // headers() gets the full request path (base included), as _headers rules match it.
    const requestPath = path;
    const send = (file, status = 200) => {
      let extra;
      try {
        extra = headers(requestPath);
      } catch (e) {
        // A broken _headers file is the site's fault, not a reason to stop serving: say what is wrong.
        console.error(`serve: ${e instanceof Error ? e.message : e}`);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${e instanceof Error ? e.message : e}\n`);
        return;
      }
      res.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...extra });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      try {
        statSync(page);
        send(page, 404);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    };
    if (!path.startsWith(base) && `${path}/` !== base) return notFound();
    if (`${path}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    path = path.slice(base.length);
    const file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound();
    try {
      const st = statSync(file);
      if (st.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        const index = join(file, 'index.html');
        statSync(index);
        return send(index);
      }
      return send(file);
    } catch {
      return notFound();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      ok({ url: `http://${host}:${actual}${base}`, close: () => new Promise((c) => server.close(() => c())) });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? 'dist';
  const base = parseBasePath(process.env.BASE_PATH);
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve({ root, base, port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`\n  The story is being served at ${url}\n  (Ctrl+C to stop)\n`);
}
