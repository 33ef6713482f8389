// Copies an embed snippet to the clipboard (each snippet in a panel has its own button); where the
// Clipboard API is refused (permissions, insecure origin, old browser), selects the code and tells
// the reader how to copy it by hand. The panel's options (theme, transparent, plain) rewrite the
// snippets they apply to.
import { withOptions, type SnippetOptions } from '../charts/embed-snippet';

/** The options and copy buttons of one panel (or page) holding [data-embed-options] and [data-embed-snippet]s. */
export function initPanel(panel: HTMLElement): void {
  initEmbedOptions(panel);
  initCopyButtons(panel);
}

function initEmbedOptions(panel: HTMLElement): void {
  {
    const options = panel.querySelector<HTMLFieldSetElement>('[data-embed-options]');
    if (!options) return;
    options.hidden = false;
    const field = (name: string) => options.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-embed-option="${name}"]`);
    const update = () => {
      const theme = field('theme')?.value;
      const o: SnippetOptions = {
        theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
        transparent: field('transparent')?.checked ?? false,
        plain: field('plain')?.checked ?? false,
      };
      for (const code of panel.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]')) code.value = withOptions(code.defaultValue, o);
    };
    options.addEventListener('change', update);
  }
}

function initCopyButtons(root: HTMLElement): void {
  const doc = root.ownerDocument;
  for (const panel of root.querySelectorAll<HTMLElement>('[data-embed-snippet]')) {
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
