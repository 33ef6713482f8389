// SVG markup one element a line, indented by depth, so a snapshot's diff can be read. Only the
// space between a closing ">" and an opening "<" is touched: text inside elements stays as it is.
export function prettySvg(svg: string): string {
  let depth = 0;
  return svg
    .replace(/>\s*</g, '>\n<')
    .split('\n')
    .map((line) => {
      if (line.startsWith('</')) depth--;
      const out = `${'  '.repeat(Math.max(0, depth))}${line}`;
      const opens = line.startsWith('<') && !line.startsWith('</') && !line.endsWith('/>') && !/<\/[^>]+>$/.test(line);
      if (opens) depth++;
      return out;
    })
    .join('\n')
    .concat('\n');
}
