// Figures in the prose are links to the source list, a page of its own (that works without
// JavaScript). Where the popover API exists, a figure instead opens the story's one source card, so
// the reader keeps their place: click, tap, Enter or Space toggles it; Escape or a click elsewhere
// closes it (popover="auto"). The card is filled, as it opens, with copies of the figure's entries in
// the source list (the one its link points to, or those listed in data-fact-sources), so each source
// is written once however often it is cited. The list is fetched once, when the page is idle (or at
// the first press, if that comes sooner); if it cannot be had, the card links to the list instead.
// The card moves to just after its figure before it opens, so Tab goes from the figure into the card.
// For the keyboard, the figures are not tab stops of their own (a chapter would be dozens of them):
// each paragraph, or each step, gets one "Sources" button after its text, whose card lists the
// sources of all its figures, each with the figures it supports. A tap or click on a figure still
// opens that figure's card, and a figure can still be focused and opened from a screen reader.
import { SOURCE_CARD_ID } from '../data/source-ids';
import { stepTools } from '../reader/step-tools-el';
import { afterLoadWhenIdle } from '../lib/idle';

const canPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
const ANCHOR = '--source-card-anchor';

/** The source-list entries a figure cites: the one its link points to, or those in data-fact-sources. */
const entriesOf = (link: HTMLAnchorElement): string[] => (link.dataset.factSources ?? link.hash.slice(1)).split(' ').filter(Boolean);

/** A paragraph's or step's figures: the step (whose tools hold its button) or the text block. */
const groupOf = (link: HTMLAnchorElement): HTMLElement =>
  link.closest<HTMLElement>('[data-step]') ?? link.closest<HTMLElement>('p, li, dd, td, th, figcaption') ?? link.parentElement!;

type Entries = Map<string, Element>;

/** The source list's entries by id, from the sources page (its `.source-cite` each). */
async function fetchEntries(url: string): Promise<Entries> {
  const res = await fetch(url);
  // (a failure is not logged: the card says so, and links to the list)
  if (!res.ok) throw res.status;
  // Only the list is parsed: the page's own inline stylesheet, parsed here, would be checked against
  // the story's Content-Security-Policy, which hashes the story's stylesheet, not the page's.
  const list = /<ol[^>]*\bdata-source-list\b[\s\S]*?<\/ol>/.exec(await res.text())?.[0] ?? '';
  const doc = new DOMParser().parseFromString(list, 'text/html');
  const entries: Entries = new Map();
  // Adopted into this document once, here at idle, so that a card's opening only clones them.
  for (const li of doc.querySelectorAll('[data-source-list] > li[id]')) {
    const cite = li.querySelector('.source-cite');
    if (cite) entries.set(li.id, document.importNode(cite, true));
  }
  if (!entries.size) throw 0;
  return entries;
}

function wire(card: HTMLElement, links: HTMLAnchorElement[]): void {
  const listUrl = card.dataset.sourcesUrl ?? '';
  let entries: Entries | null = null;
  /** the last try failed: the card links to the list (the next opening tries again) */
  let failed = false;
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= fetchEntries(listUrl).then(
      (found) => {
        entries = found;
        failed = false;
      },
      () => {
        failed = true;
        loading = null;
      },
    ));
  // Fetched while the reader reads, so a card opens at once.
  afterLoadWhenIdle(() => void load());

  /** the figure or "Sources" button whose sources the card shows (open or last opened) */
  let current: HTMLElement | null = null;
  const isOpen = () => card.matches(':popover-open');
  /** each "Sources" button's figures */
  const figuresOf = new Map<HTMLElement, HTMLAnchorElement[]>();

  const fill = (trigger: HTMLElement) => {
    const more = card.dataset.moreLabel ?? '';
    card.replaceChildren();
    if (!entries) {
      // Not here yet (the fill runs again when it is), or not to be had: the list itself, one tap away.
      const p = document.createElement('span');
      p.className = 'source-cite';
      if (failed) {
        const a = document.createElement('a');
        a.href = listUrl;
        a.textContent = 'Open the source list';
        p.append(a);
      } else {
        p.textContent = 'Loading the sources…';
        p.dataset.loading = '';
      }
      card.append(p);
      return;
    }
    const figures = figuresOf.get(trigger);
    // A figure's card: its sources. A paragraph's: each source once, with the figures it supports.
    const supports = new Map<string, string[]>();
    for (const link of figures ?? [trigger as HTMLAnchorElement]) {
      for (const entryId of entriesOf(link)) supports.set(entryId, [...(supports.get(entryId) ?? []), link.textContent?.trim() ?? '']);
    }
    for (const [entryId, texts] of supports) {
      const cite = entries.get(entryId);
      if (!cite) continue;
      const copy = cite.cloneNode(true) as HTMLElement;
      if (figures) {
        const label = document.createElement('span');
        label.className = 'source-cite__figures';
        label.textContent = `${[...new Set(texts)].join(', ')}: `;
        copy.prepend(label);
      }
      if (more) {
        const a = document.createElement('a');
        a.className = 'source-cite__more';
        a.href = `${listUrl}#${entryId}`;
        a.textContent = more;
        copy.append(' ', a);
      }
      card.append(copy);
    }
  };

  const show = (link: HTMLElement) => {
    if (!entries && !loading) failed = false; // a new try: "Loading…" until it answers
    if (current && current !== link) {
      // Toggle events coalesce: the figure that had the card may hear no "closed" of its own.
      current.setAttribute('aria-expanded', 'false');
      current.style.removeProperty('anchor-name');
    }
    current = link;
    fill(link);
    // Next to its figure: in the tab order after it, and anchored to it (CSS anchor positioning;
    // without it the card is centred).
    if (link.nextSibling !== card) link.after(card);
    link.style.setProperty('anchor-name', ANCHOR);
    (card.showPopover as (options?: { source?: HTMLElement }) => void).call(card, { source: link });
    link.setAttribute('aria-expanded', 'true');
    if (!entries) void load().then(() => current === link && isOpen() && fill(link));
  };
  const hide = () => {
    card.hidePopover();
    current?.setAttribute('aria-expanded', 'false');
  };

  card.style.setProperty('position-anchor', ANCHOR);
  // Light dismiss (Escape, a click elsewhere) closes the card without us: the event says so.
  card.addEventListener('toggle', (event) => {
    if (current) current.setAttribute('aria-expanded', String((event as ToggleEvent).newState === 'open'));
  });

  // One "Sources" button per paragraph or step that cites figures: the keyboard's way to the sources.
  const groups = new Map<HTMLElement, HTMLAnchorElement[]>();
  for (const link of links) groups.set(groupOf(link), [...(groups.get(groupOf(link)) ?? []), link]);
  const triggers: HTMLElement[] = [];
  for (const [group, figures] of groups) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'step__sources';
    const step = group.matches('[data-step]');
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = step ? ' for this step' : ' for this paragraph';
    button.replaceChildren('Sources', hidden);
    figuresOf.set(button, figures);
    const tools = step ? stepTools(group) : null;
    if (tools) tools.prepend(button);
    else {
      button.className = 'fact-sources';
      group.append(' ', button);
    }
    // Out of the tab order like its step's other tools until the reader control says otherwise (src/reader/step-tools.ts).
    const copy = tools?.querySelector<HTMLElement>('[data-copy-step-link]');
    if (copy?.hasAttribute('tabindex')) button.tabIndex = copy.tabIndex;
    triggers.push(button);
  }

  for (const link of [...links, ...triggers]) {
    const isFigure = link.tagName === 'A';
    if (isFigure) {
      // A disclosure button now: it no longer takes the reader away; the paragraph's button is its tab stop.
      link.setAttribute('role', 'button');
      link.tabIndex = -1;
    }
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', card.id);
    // A press on the figure while its card is open may light-dismiss the card before the click
    // arrives; remember that it was open so the click closes it instead of opening it again.
    let openAtPress = false;
    link.addEventListener('pointerdown', () => {
      openAtPress = isOpen() && current === link;
    });
    const toggle = () => {
      const wasOpen = (isOpen() && current === link) || openAtPress;
      openAtPress = false;
      if (!wasOpen) {
        if (isOpen()) hide();
        show(link);
      } else if (isOpen()) hide();
    };
    link.addEventListener('click', (event) => {
      event.preventDefault();
      toggle();
    });
    link.addEventListener('keydown', (event) => {
      // Enter already clicks a link; Space is the button key.
      if (isFigure && event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
  }
}

if (canPopover) {
  // Every figure opens the page's one card; the build writes no card id on each (issue 19), so the
  // tie is made here, and said on the figure (data-fact-source) as before.
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a.fact')];
  const card = links.length ? document.getElementById(SOURCE_CARD_ID) : null;
  if (card) {
    for (const link of links) link.dataset.factSource = card.id;
    wire(card, links);
  }
}
