// Renders a chart state to SVG markup at build time, with the same renderer the browser uses,
// in a small server-side DOM. A reader without JavaScript gets exactly this picture.
import { parseHTML } from 'linkedom';
import { renderScene } from './render';
import type { Scene } from './scene';

export interface SvgOptions {
  titleId: string;
  descId: string;
  title: string;
  /** attributes for the <svg> element (class, data-*, width, height…) */
  attrs?: Record<string, string | number>;
  /** On a page that titles the chart itself: the id of that title, the image's whole name, with the
   *  <desc> as its description (aria-describedby) rather than a second part of its name */
  labelledBy?: string;
  /** SVG markup placed after <title> and <desc>, before the chart (a <style>, a background) */
  prelude?: string;
  /** markup for an HTML page, whose parser gives <svg> its namespace: no xmlns, 35 bytes a chart
   *  saved (issue 19). An SVG file of its own needs it. */
  inHtml?: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';

export function sceneToSvg(scene: Scene, opts: SvgOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = document.createElementNS(SVG, 'svg') as unknown as SVGSVGElement;
  if (!opts.inHtml) svg.setAttribute('xmlns', SVG);
  svg.setAttribute('role', 'img');
  if (opts.labelledBy) {
    svg.setAttribute('aria-labelledby', opts.labelledBy);
    svg.setAttribute('aria-describedby', opts.descId);
  } else svg.setAttribute('aria-labelledby', `${opts.titleId} ${opts.descId}`);
  for (const [name, value] of Object.entries(opts.attrs ?? {})) svg.setAttribute(name, String(value));
  const title = document.createElementNS(SVG, 'title');
  title.setAttribute('id', opts.titleId);
  title.textContent = opts.title;
  const desc = document.createElementNS(SVG, 'desc');
  desc.setAttribute('id', opts.descId);
  desc.textContent = scene.description;
  // <title> and <desc> stay the first children, for assistive technology.
  svg.appendChild(title as never);
  svg.appendChild(desc as never);
  if (opts.prelude) {
    const holder = document.createElementNS(SVG, 'g');
    holder.innerHTML = opts.prelude;
    for (const child of [...holder.childNodes]) svg.appendChild(child as never);
  }
  document.body.appendChild(svg as never);
  renderScene(svg, scene, { duration: 0 });
  return (svg as unknown as Element).outerHTML;
}
