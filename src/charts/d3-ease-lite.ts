// Stands in for d3-ease in the page and embed bundles (aliased by src/charts/d3-lite.mjs).
// d3-transition eases with cubicInOut only (our transitions never set another). d3-ease builds its
// poly, back and elastic eases at its top level with calls esbuild cannot prove pure, so they came
// along (about 1.3 KB minified). d3-ease 3's own function, unchanged (ISC licence, Mike Bostock).
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
export { easeCubicInOut as cubicInOut };
