// An mdast plugin for the MDX chapters (Sätteri, Astro's Markdown processor): each <Step> learns
// the chart of the <Scrolly> block it sits in, and each <Scrolly> learns its steps' states in
// order, as ordinary props, before anything renders. So no component reads or patches another's
// HTML, and both can name the chapter file in their errors.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** @param {any} node @param {string} name */
const attr = (node, name) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
/** @param {string} name @param {string} value */
const literal = (name, value) => ({ type: 'mdxJsxAttribute', name, value });

const isStep = (/** @type {any} */ n) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Step';

export const scrollySteps = {
  name: 'scrolly-steps',
  /** @param {any} node @param {any} ctx */
  mdxJsxFlowElement(node, ctx) {
    if (node.name !== 'Scrolly') return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '';
    const chart = String(attr(node, 'chart') ?? '');
    /** @type {string[]} */
    const states = [];
    // Attributes cannot be set in place, so the block is replaced by a copy whose steps carry
    // their chart; every other node is reused as it is.
    /** @param {any} n @returns {any} */
    const rebuild = (n) => {
      if (isStep(n)) {
        states.push(String(attr(n, 'state') ?? ''));
        return { type: n.type, name: n.name, attributes: [...n.attributes, literal('chart', chart), literal('file', file)], children: n.children };
      }
      if (!n.children?.some((/** @type {any} */ c) => isStep(c) || c.children)) return n;
      return { ...n, children: n.children.map(rebuild) };
    };
    const children = node.children.map(rebuild);
    ctx.replaceNode(node, { type: node.type, name: node.name, attributes: [...node.attributes, literal('steps', states.join(' ')), literal('file', file)], children });
  },
};
