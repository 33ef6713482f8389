// Stands in for d3-interpolate in the page and embed bundles (aliased by src/charts/d3-lite.mjs).
// d3-transition imports five interpolators; our charts only ever tween numbers (x, y, width,
// height, opacity: src/charts/render.ts) and never a transform, so only interpolateNumber runs.
// The others, with the colour and SVG-transform parsing they bring (about 5 KB), are replaced by
// a jump to the end value: correct, just not animated, should a later chart tween a string.
export function interpolateNumber(a: number | string, b: number | string): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

function jump<T>(a: T, b: T): (t: number) => T {
  return (t) => (t < 1 ? a : b);
}

export { jump as interpolateRgb, jump as interpolateString, jump as interpolateTransformCss, jump as interpolateTransformSvg };
