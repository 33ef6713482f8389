// "Embed this chart", built on first open: the panel in the page is only its summary and a link to
// /embed-code/<chart-id>/ (the no-JS path); this module, imported when an editor first opens one,
// fetches the chart's description (/embed-code/<chart-id>.json), builds the options and the five
// snippets with the same functions the build uses (src/charts/embed-panel-model.ts), and wires the
// copy buttons and options. The markup matches src/components/EmbedCode.astro.
import { panelSnippets, snippetId, embedCodePaths, type EmbedCodeData } from '../charts/embed-panel-model';
import { withBase, paths } from '../lib/urls';
import { initPanel } from './copy-panel';
// The panel's own styles, a file of their own: not in the story's inline stylesheet.
import bodyCss from '../styles/embed-panel-body.css?url';
import optionsCss from '../styles/embed-panel-options.css?url';

const loads = new Map<string, Promise<EmbedCodeData>>();

function load(chart: string): Promise<EmbedCodeData> {
  let p = loads.get(chart);
  if (!p) {
    p = fetch(withBase(embedCodePaths.data(chart))).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      return r.json() as Promise<EmbedCodeData>;
    });
    p.catch(() => loads.delete(chart));
    loads.set(chart, p);
  }
  return p;
}

let styles: Promise<unknown> | undefined;

/** Links the panel's stylesheets once, resolving when they apply (or fail: the code is usable unstyled). */
function loadStyles(doc: Document): Promise<unknown> {
  styles ??= Promise.all(
    [bodyCss, optionsCss].map(
      (href) =>
        new Promise<void>((done) => {
          const link = doc.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.addEventListener('load', () => done());
          link.addEventListener('error', () => done());
          doc.head.append(link);
        }),
    ),
  );
  return styles;
}

type Attrs = Record<string, string | boolean | number>;
function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  e.append(...children);
  return e;
}

/** The panel's body for one chart and block, as EmbedCode.astro writes it. */
export function panelBody(doc: Document, d: EmbedCodeData, blockStates: readonly string[] | undefined, instance: string): HTMLElement {
  const options = el(
    doc,
    'fieldset',
    { class: 'embed-panel__options', 'data-embed-options': true, hidden: true },
    el(doc, 'legend', {}, 'Options for the iframe and script embeds'),
    el(
      doc,
      'label',
      {},
      'Colours ',
      el(
        doc,
        'select',
        { 'data-embed-option': 'theme' },
        el(doc, 'option', { value: 'auto' }, 'the host page’s'),
        el(doc, 'option', { value: 'light' }, 'light'),
        el(doc, 'option', { value: 'dark' }, 'dark'),
      ),
    ),
    el(doc, 'label', {}, el(doc, 'input', { type: 'checkbox', 'data-embed-option': 'transparent' }), ' Transparent background'),
    el(doc, 'label', {}, el(doc, 'input', { type: 'checkbox', 'data-embed-option': 'plain' }), ' Chart only (title, switcher and links left out; the source stays)'),
  );
  const snippets = panelSnippets(d, blockStates).map((s) => {
    const id = snippetId(d.chart, instance, s.key);
    const code = el(doc, 'textarea', { id, readonly: true, rows: s.rows, 'data-embed-code': true });
    code.defaultValue = s.code;
    return el(
      doc,
      'div',
      { 'data-embed-snippet': s.key },
      el(doc, 'label', { for: id }, s.label),
      code,
      el(
        doc,
        'p',
        { class: 'embed-panel__actions' },
        el(doc, 'button', { type: 'button', 'data-copy-embed': true, hidden: true }, 'Copy the code'),
        el(doc, 'span', { role: 'status', 'data-copy-status': true }),
      ),
    );
  });
  const links = el(
    doc,
    'p',
    { class: 'embed-panel__actions' },
    el(doc, 'a', { href: withBase(paths.embed(d.chart)) }, 'Open the embed'),
    el(doc, 'a', { href: withBase('embed-example/') }, 'See a page that uses it'),
    el(doc, 'a', { href: withBase(paths.csv(d.chart)), download: `${d.chart}.csv` }, 'Data (CSV)'),
    el(doc, 'a', { href: withBase(paths.image(d.chart)), download: `${d.chart}.png` }, 'Image (PNG)'),
  );
  return el(doc, 'div', { class: 'embed-panel__body' }, options, ...snippets, links);
}

/** Fills one story panel (details[data-embed-panel]) once; the no-JS link stays until the code is there. */
export async function fillPanel(panel: HTMLElement): Promise<void> {
  if (panel.dataset.embedReady !== undefined) return;
  panel.dataset.embedReady = 'loading';
  const chart = panel.dataset.embedPanel!;
  const states = panel.dataset.embedStates?.split(' ').filter(Boolean);
  try {
    const [data] = await Promise.all([load(chart), loadStyles(panel.ownerDocument)]);
    const body = panelBody(panel.ownerDocument, data, states, panel.dataset.embedInstance ?? '');
    panel.querySelector('[data-embed-nojs]')?.remove();
    panel.append(body);
    initPanel(panel);
    panel.dataset.embedReady = 'true';
  } catch {
    // The link to the embed-code page stays; try again on the next open.
    delete panel.dataset.embedReady;
  }
}
