// An mdast plugin for the MDX chapters (Sätteri, Astro's Markdown processor): each <Step> learns
// the chart of the <Scrolly> block it sits in, and each <Scrolly> learns its steps' states in
// order, as ordinary props, before anything renders. So no component reads or patches another's
// HTML, and both can name the chapter file in their errors.
//
// It also writes down each step's words for its share page and card, in the chapter's
// frontmatter (`remarkPluginFrontmatter.stepWords` from `render()`): text as it reads (smart
// punctuation applied), with each <Fact> left as a key that src/share/steps.ts resolves through
// src/data/facts.ts, the way <Fact> itself prints it. Only what a reader sees is kept: a <Fact>'s
// source pop-up, a step's buttons and anything marked hidden are not words of the step.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** @param {any} node @param {string} name */
const attr = (node, name) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
/** @param {string} name @param {string} value */
const literal = (name, value) => ({ type: 'mdxJsxAttribute', name, value });

const isStep = (/** @type {any} */ n) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Step';

/** @typedef {string | { fact: string; as?: string; style?: string }} Word */
/** @typedef {{ chart: string; state: string; words: Word[] }} StepWords */

/** A literal attribute value; an expression (`as={x}`) cannot be read before rendering. */
function literalAttr(/** @type {any} */ node, /** @type {string} */ name, /** @type {string} */ at) {
  const value = attr(node, name);
  if (value === undefined || value === null || typeof value === 'string') return value ?? undefined;
  throw new Error(`${at}<${node.name} ${name}={…}>: write ${name}="…" as plain text, so the step's share text can be built`);
}

/** The words of a step's children, in order: text, and a { fact } for each <Fact>. */
function stepWords(/** @type {any[]} */ children, /** @type {string} */ at) {
  /** @type {Word[]} */
  const words = [];
  /** @param {any} n */
  const visit = (n) => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        words.push(n.value);
        return;
      case 'break':
        words.push(' ');
        return;
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement': {
        if (n.name === 'Fact') {
          const fact = literalAttr(n, 'of', at);
          if (!fact) throw new Error(`${at}<Fact> needs of="…"`);
          const as = literalAttr(n, 'as', at);
          const style = literalAttr(n, 'style', at);
          words.push({ fact, ...(as ? { as } : {}), ...(style ? { style } : {}) });
          return;
        }
        // Hidden parts are not words of the step; plain HTML elements read as their text.
        if (n.attributes.some((/** @type {any} */ a) => a.name === 'hidden' || (a.name === 'aria-hidden' && a.value !== 'false'))) return;
        if (!n.name || /^[A-Z]/.test(n.name)) {
          throw new Error(`${at}<${n.name || '>'}…> inside a <Step>: a step holds text, emphasis, links and <Fact>, so its share page can quote it`);
        }
        break;
      }
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        throw new Error(`${at}{${n.value}} inside a <Step>: write the text itself (or a <Fact>), so the step's share page can quote it`);
      default:
        break;
    }
    if (n.type === 'paragraph' && words.length) words.push(' ');
    for (const c of n.children ?? []) visit(c);
  };
  for (const c of children) visit(c);
  return words;
}

export const scrollySteps = {
  name: 'scrolly-steps',
  /** @param {any} node @param {any} ctx */
  mdxJsxFlowElement(node, ctx) {
    if (node.name !== 'Scrolly') return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '';
    const chart = String(attr(node, 'chart') ?? '');
    /** @type {string[]} */
    const states = [];
    // Every block's steps, in reading order, for the share pages (see the top of this file).
    const astro = ctx.data.astro;
    /** @type {StepWords[]} */
    const steps = astro?.frontmatter ? (astro.frontmatter.stepWords ??= []) : [];
    // Attributes cannot be set in place, so the block is replaced by a copy whose steps carry
    // their chart; every other node is reused as it is.
    /** @param {any} n @returns {any} */
    const rebuild = (n) => {
      if (isStep(n)) {
        const state = String(attr(n, 'state') ?? '');
        states.push(state);
        steps.push({ chart, state, words: stepWords(n.children, `${file ? `${file}: ` : ''}<Step state="${state}">: `) });
        // Its place in the block ("step 2 of 6"): the count is filled in once every step is seen.
        const attributes = [...n.attributes, literal('chart', chart), literal('file', file), literal('index', String(states.length - 1))];
        counted.push(attributes);
        return { type: n.type, name: n.name, attributes, children: n.children };
      }
      if (!n.children?.some((/** @type {any} */ c) => isStep(c) || c.children)) return n;
      return { ...n, children: n.children.map(rebuild) };
    };
    /** @type {any[][]} */
    const counted = [];
    const children = node.children.map(rebuild);
    for (const attributes of counted) attributes.push(literal('count', String(states.length)));
    ctx.replaceNode(node, { type: node.type, name: node.name, attributes: [...node.attributes, literal('steps', states.join(' ')), literal('file', file)], children });
  },
};
