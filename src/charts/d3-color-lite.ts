// Stands in for d3-color in the page bundles (aliased by src/charts/d3-lite.mjs). d3-transition asks
// d3-color whether a tweened attribute value is a colour; our charts only ever tween numbers
// (x, y, width, height, opacity) and set colours through CSS classes, so the answer is always
// "no", and the 4 KB of colour spaces and named colours d3-color brings are never used. Every
// name d3-interpolate and d3-transition import is here; none of them can be reached.
function none(): null {
  return null;
}
export { none as color, none as rgb, none as hsl, none as lab, none as hcl, none as cubehelix };
