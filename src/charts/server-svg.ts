// Renders a chart state to SVG markup at build time, with the same renderer the browser uses,
// in a small server-side DOM. A reader without JavaScript gets exactly this picture.
import { parseHTML } from 'linkedom';
import { renderScene } from './render';
import type { Scene } from './scene';

export interface SvgOptions {
  titleId: string;
  descId: string;
  title: string;
  className?: string;
}

export function sceneToSvg(scene: Scene, opts: SvgOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${opts.titleId} ${opts.descId}`);
  if (opts.className) svg.setAttribute('class', opts.className);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', opts.titleId);
  title.textContent = opts.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', opts.descId);
  desc.textContent = scene.description;
  svg.appendChild(title as never);
  svg.appendChild(desc as never);
  document.body.appendChild(svg as never);
  renderScene(svg, scene, { duration: 0 });
  return (svg as unknown as Element).outerHTML;
}
