// Per page (per request): how many blocks each chart has had, which step ids are taken, and how
// often each figure has been cited, so a chart can have several blocks on one page, every step
// link stays unique, and two citations of one figure get their own popover ids, the same in
// every build whatever else renders first.
interface Page {
  blocks: Map<string, number>;
  ids: Set<string>;
  citations: Map<string, number>;
}
const pages = new WeakMap<Request, Page>();

export function pageRegistry(request: Request): Page {
  let page = pages.get(request);
  if (!page) pages.set(request, (page = { blocks: new Map(), ids: new Set(), citations: new Map() }));
  return page;
}

/** 1 for a figure's first citation on the page, 2 for its second… */
export function nextCitationIndex(request: Request, key: string): number {
  const { citations } = pageRegistry(request);
  const n = (citations.get(key) ?? 0) + 1;
  citations.set(key, n);
  return n;
}
