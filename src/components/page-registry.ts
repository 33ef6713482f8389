// Per page (per request): how many blocks each chart has had and which step ids are taken, so a
// chart can have several blocks on one page and every step link stays unique; and whether the
// page has shown "How to read this chart" yet (the keys are the same for every chart: said once).
interface Page {
  blocks: Map<string, number>;
  ids: Set<string>;
  howtoShown: boolean;
}
const pages = new WeakMap<Request, Page>();

export function pageRegistry(request: Request): Page {
  let page = pages.get(request);
  if (!page) pages.set(request, (page = { blocks: new Map(), ids: new Set(), howtoShown: false }));
  return page;
}
