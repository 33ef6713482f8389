// The pages' palette for the script embed, rescoped from the document root to the shadow host that
// holds the chart in a host page (src/embed/inline/build.ts). A shadow host matches attribute
// selectors only through :host(...), so each :root form is rewritten whole before a bare :root.
import { paletteCss } from '../../styles/palette';

export const hostPaletteCss = (): string =>
  paletteCss({ form: 'light-dark' })
    .replace(/:root\[data-theme='(light|dark)'\]/g, ":host([data-theme='$1'])")
    // paper is light whatever the theme: `:host[data-theme]` would never match, and the dark theme's
    // `:host([data-theme='dark'])` would then win over a bare `:host` in print
    .replace(/:root\[data-theme\]/g, ':host([data-theme])')
    .replace(/:root:not\(\[data-theme='light'\]\)/g, ":host(:not([data-theme='light']))")
    .replace(/:root/g, ':host');
