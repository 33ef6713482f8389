// The story's "Embed this chart" panels cost nothing until an editor opens one: the first open
// imports the module that builds its code (src/embed/embed-panel-lazy.ts).
export function initEmbedPanels(doc: Document = document): void {
  for (const panel of doc.querySelectorAll<HTMLDetailsElement>('details[data-embed-panel]')) {
    const open = () => {
      if (panel.open) void import('./embed-panel-lazy').then((m) => m.fillPanel(panel));
    };
    panel.addEventListener('toggle', open);
    open();
  }
}
