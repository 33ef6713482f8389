// Reads BASE_PATH and SITE_URL once, for astro.config.mjs and for scripts.
// A malformed value stops the build here, naming the variable, rather than producing a site with broken links.

/** @param {string | undefined} raw */
export function parseBasePath(raw) {
  if (raw === undefined || raw.trim() === '') return '/';
  const value = raw.trim();
  if (!value.startsWith('/')) {
    throw new Error(`BASE_PATH must start with "/" (got ${JSON.stringify(raw)}); e.g. BASE_PATH=/news/space-race/`);
  }
  if (/[?#\\\s]|\/\/|(^|\/)\.\.?(\/|$)/.test(value) || !/^[A-Za-z0-9/_.~-]+$/.test(value)) {
    throw new Error(
      `BASE_PATH ${JSON.stringify(raw)} is not a clean URL path: use letters, digits, "-", "_", "." and "/" only, with no "//", "..", "?" or "#"`,
    );
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/** @param {string | undefined} raw */
export function parseSiteUrl(raw) {
  if (raw === undefined || raw.trim() === '') return 'http://localhost:4321';
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL ${JSON.stringify(raw)} is not an absolute URL; e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https (got ${JSON.stringify(url.protocol)})`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin only, like https://example.org (got ${JSON.stringify(raw)}); put the sub-path in BASE_PATH`);
  }
  return url.origin;
}
