// Figures in the prose are links to the source list (that works without JavaScript). Where the
// popover API exists, a figure instead opens its own small card with the source, so the reader keeps
// their place: click, tap, Enter or Space toggles it; Escape or a click elsewhere closes it (popover="auto").
const canPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

function wire(link: HTMLAnchorElement): void {
  const pop = document.getElementById(link.dataset.factSource ?? '');
  if (!pop) return;
  // A disclosure button now: it no longer takes the reader away.
  link.setAttribute('role', 'button');
  link.setAttribute('aria-expanded', 'false');
  link.setAttribute('aria-controls', pop.id);
  // Anchor the card to its figure (CSS anchor positioning; without it the card is centred).
  const anchor = `--${pop.id}`;
  link.style.setProperty('anchor-name', anchor);
  pop.style.setProperty('position-anchor', anchor);

  const isOpen = () => pop.matches(':popover-open');
  const show = () => (pop.showPopover as (options?: { source?: HTMLElement }) => void).call(pop, { source: link });
  // A press on the figure while its card is open may light-dismiss the card before the click
  // arrives; remember that it was open so the click closes it instead of opening it again.
  let openAtPress = false;
  link.addEventListener('pointerdown', () => {
    openAtPress = isOpen();
  });
  const toggle = () => {
    const wasOpen = isOpen() || openAtPress;
    openAtPress = false;
    if (!wasOpen) show();
    else if (isOpen()) pop.hidePopover();
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
  pop.addEventListener('toggle', (event) => {
    link.setAttribute('aria-expanded', String((event as ToggleEvent).newState === 'open'));
  });
}

if (canPopover) for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-fact-source]')) wire(link);
