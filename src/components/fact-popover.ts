// Figures in the prose are links to the source list (that works without JavaScript). Where the
// popover API exists, a figure instead opens the page's one source card, so the reader keeps their
// place: click, tap, Enter or Space toggles it; Escape or a click elsewhere closes it (popover="auto").
// The card is filled, as it opens, with copies of the figure's entries in the source list (the one
// its link points to, or those listed in data-fact-sources), so each source is written once on the
// page however often it is cited. It moves to just after its figure before it opens, so Tab goes
// from the figure into the card.
const canPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
const ANCHOR = '--source-card-anchor';

function wire(card: HTMLElement, links: HTMLAnchorElement[]): void {
  /** the figure whose sources the card shows (open or last opened) */
  let current: HTMLAnchorElement | null = null;
  const isOpen = () => card.matches(':popover-open');

  const fill = (link: HTMLAnchorElement) => {
    const more = card.dataset.moreLabel ?? '';
    card.replaceChildren();
    const entries = link.dataset.factSources ?? link.hash.slice(1);
    for (const entryId of entries.split(' ').filter(Boolean)) {
      const cite = document.getElementById(entryId)?.querySelector('.source-cite');
      if (!cite) continue;
      const copy = cite.cloneNode(true) as HTMLElement;
      if (more) {
        const a = document.createElement('a');
        a.className = 'source-cite__more';
        a.href = `#${entryId}`;
        a.textContent = more;
        copy.append(' ', a);
      }
      card.append(copy);
    }
  };

  const show = (link: HTMLAnchorElement) => {
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

  for (const link of links) {
    // A disclosure button now: it no longer takes the reader away.
    link.setAttribute('role', 'button');
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
      if (event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
  }
}

if (canPopover) {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-fact-source]')];
  const card = links.length ? document.getElementById(links[0]!.dataset.factSource ?? '') : null;
  if (card) wire(card, links.filter((l) => l.dataset.factSource === card.id));
}
