// Copies an embed snippet to the clipboard (each snippet in a panel has its own button); where the
// Clipboard API is refused (permissions, insecure origin, old browser), selects the code and tells
// the reader how to copy it by hand.
export function initCopyButtons(doc: Document = document): void {
  for (const panel of doc.querySelectorAll<HTMLElement>('[data-embed-snippet]')) {
    const button = panel.querySelector<HTMLButtonElement>('[data-copy-embed]');
    const code = panel.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const status = panel.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !code || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(code.value);
        status.textContent = 'Copied.';
      } catch {
        code.focus();
        code.select();
        const copied = (() => {
          try {
            return doc.execCommand('copy');
          } catch {
            return false;
          }
        })();
        status.textContent = copied ? 'Copied.' : 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
      }
    });
  }
}
