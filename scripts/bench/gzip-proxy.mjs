// A compressing layer in front of scripts/serve.mjs (which sends files as they are), so Lighthouse
// sees text the way a real host serves it: Netlify, Cloudflare Pages and GitHub Pages all compress
// HTML, CSS, JS, JSON and SVG. gzip level 9, the same as the byte figures; fonts and PNGs pass as they are.
import { createServer, request } from 'node:http';
import { gzipSync } from 'node:zlib';

const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** @param {string} upstream the URL serve() returned; @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export function gzipProxy(upstream) {
  const up = new URL(upstream);
  const server = createServer((req, res) => {
    const fwd = request(
      { host: up.hostname, port: up.port, method: req.method, path: req.url, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (ures) => {
        const headers = { ...ures.headers };
        const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && compressible.test(headers['content-type'] ?? '');
        if (!gzip || req.method === 'HEAD') {
          res.writeHead(ures.statusCode ?? 502, headers);
          ures.pipe(res);
          return;
        }
        const chunks = [];
        ures.on('data', (c) => chunks.push(c));
        ures.on('end', () => {
          const body = gzipSync(Buffer.concat(chunks), { level: 9 });
          delete headers['content-length'];
          res.writeHead(ures.statusCode ?? 200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': body.length });
          res.end(body);
        });
      },
    );
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({ url: `http://127.0.0.1:${port}${up.pathname}`, close: () => new Promise((c) => server.close(() => c())) });
    });
  });
}
