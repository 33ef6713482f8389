// The page's linked stylesheets, as the render-blocking checks (page-weight.spec, hosting.spec) read them.
// A stylesheet in <head> holds back the first paint; one in <body> holds back only what follows it, so
// one with nothing but scripts and links after it blocks no content.

export interface StylesheetLink {
  href: string;
  media: string;
  inHead: boolean;
  /** content (any element but a script or link) follows it in the document */
  contentAfter: boolean;
  fetchpriority: string | null;
  /** rules the browser parsed from it: 0 if it did not load (or was refused) */
  rules: number;
}

/** Runs in the page (`page.evaluate(stylesheetLinks)`): self-contained. */
export function stylesheetLinks(): StylesheetLink[] {
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => ({
    href: l.href,
    media: l.media,
    inHead: !!l.closest('head'),
    contentAfter: [...document.body.querySelectorAll('*')].some((e) => !!(l.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) && e.tagName !== 'SCRIPT' && e.tagName !== 'LINK'),
    fetchpriority: l.getAttribute('fetchpriority'),
    rules: (() => {
      try {
        return l.sheet?.cssRules.length ?? 0;
      } catch {
        return 0;
      }
    })(),
  }));
}

/** Whether a link can hold back a paint of the screen. */
export const blocksContent = (l: StylesheetLink) => l.media !== 'print' && (l.inHead || l.contentAfter);
