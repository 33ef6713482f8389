// The build's images, as SVG documents ready for renderPng: the share card (headline + the key
// chart) and one picture per chart (title, chart at its final state, source line).
import { chartSourceLine } from '../charts/source-line';
import { stateFrame } from '../charts/frame';
import { getChart } from '../charts/registry';
import { requireState } from '../charts/scene';
import { site } from '../data/site';
import { formatMonth } from '../data/format';
import { svgFontFamily } from './fonts';
import { wrapText } from './render-png';
import { escapeMarkup as escapeXml } from '../lib/escape';
import { standaloneChartSvg } from './standalone-svg';
import { colour, type ColourToken, type Scheme } from '../styles/palette';
import { SHARE_CARD } from './share';

export { SHARE_CARD };

/** The images are drawn in the page's colours: light, unless a dark picture is asked for. */
export function palette(scheme: Scheme = 'light') {
  const c = (t: ColourToken) => colour(t, scheme);
  return { bg: c('bg'), fg: c('fg'), muted: c('muted'), rule: c('rule'), accent: c('c-spacex') };
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** baseline of the first line */
  y: number;
  size: number;
  lineHeight: number;
  family: string;
  fill: string;
  extra?: string;
}

export function textBlock(b: TextBlock): string {
  return b.lines
    .map((line, i) => `<text x="${b.x}" y="${Math.round((b.y + i * b.lineHeight) * 100) / 100}" font-family="${escapeXml(b.family)}" font-size="${b.size}" fill="${b.fill}"${b.extra ?? ''}>${escapeXml(line)}</text>`)
    .join('');
}

/** Slightly heavier strokes for titles: resvg draws variable fonts at their regular weight only. */
const emphasis = (fill: string, width: number) => ` stroke="${fill}" stroke-width="${width}" stroke-linejoin="round" paint-order="stroke"`;

/** Places an SVG document (one from standaloneChartSvg, which sits at x=0 y=0) at (x, y), scaled by k, inside another. */
export function place(svg: string, x: number, y: number, k: number): string {
  return `<g transform="translate(${x} ${y}) scale(${k})">${svg}</g>`;
}

/** 1200 × 630: kicker, headline and publisher on the left, the chart content/story.json names (shareCard) on the right. */
export function shareCardSvg(): string {
  const { story } = site();
  const c = palette();
  const { width, height } = SHARE_CARD;
  const left = 64;
  const textWidth = 470;
  const headFont = { family: svgFontFamily.body, size: 58 };
  let headLines = wrapText(story.headline, textWidth, headFont);
  if (headLines.length > 5) {
    headFont.size = 46;
    headLines = wrapText(story.headline, textWidth, headFont);
  }
  const headLineHeight = Math.round(headFont.size * 1.12);
  const kicker = `${story.kicker} · ${formatMonth(story.describes)}`.toUpperCase();
  const headTop = 150;
  const headBlock = textBlock({ lines: headLines, x: left, y: headTop, size: headFont.size, lineHeight: headLineHeight, family: headFont.family, fill: c.fg, extra: emphasis(c.fg, 1.1) });

  // The chart is laid out at a small size and scaled up, so its labels read in a feed's thumbnail.
  const chartSize = { width: 420, height: 300 };
  const k = 1.45;
  const chartX = width - 56 - chartSize.width * k;
  const chartY = 128;
  // The chart and state are the editors' choice, in content/story.json (shareCard).
  const { chart: shareChart, state: shareState } = site().story.shareCard;
  const chart = standaloneChartSvg(shareChart, shareState, chartSize);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(story.headline)}</title>`,
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    `<rect width="${width}" height="10" fill="${c.accent}"/>`,
    textBlock({ lines: [kicker], x: left, y: 84, size: 20, lineHeight: 24, family: svgFontFamily.ui, fill: c.muted, extra: ' letter-spacing="1.6"' }),
    headBlock,
    `<line x1="${left}" y1="${height - 96}" x2="${left + textWidth}" y2="${height - 96}" stroke="${c.rule}" stroke-width="2"/>`,
    textBlock({ lines: [story.publisher], x: left, y: height - 56, size: 24, lineHeight: 28, family: svgFontFamily.ui, fill: c.fg, extra: emphasis(c.fg, 0.6) }),
    place(chart, chartX, chartY, k),
    `</svg>`,
  ].join('');
}

/**
 * One chart at its final state, with its title and caption above and its source below. The whole
 * picture keeps the chart's defaultSize aspect ratio (what the oEmbed thumbnail size promises) and
 * is drawn in those units; renderPng scales it to the pixel width.
 */
export interface ChartImageOptions {
  /** the state drawn (default: the chart's final state) */
  state?: string;
  scheme?: Scheme;
}

export function chartImageSvg(chartId: string, opts: ChartImageOptions = {}): { svg: string; width: number; height: number } {
  const def = getChart(chartId);
  const scheme = opts.scheme ?? 'light';
  const { chartCopy, story } = site();
  const copy = chartCopy.get(chartId);
  if (!copy) throw new Error(`chartImageSvg: content/charts.json has no copy for ${chartId}`);
  const c = palette(scheme);
  const { width, height } = def.defaultSize;
  const pad = Math.round(width / 32);
  const inner = width - 2 * pad;
  const title = { family: svgFontFamily.ui, size: 20, lineHeight: 25 };
  const caption = { family: svgFontFamily.ui, size: 13, lineHeight: 17 };
  const source = { family: svgFontFamily.ui, size: 11, lineHeight: 14 };
  const titleLines = wrapText(copy.title, inner, title);
  const captionLines = wrapText(copy.caption, inner, caption);
  const sourceLines = wrapText(`Source: ${chartSourceLine(chartId, stateFrame(requireState(def, def.finalState, `the image of ${chartId}`), story.describes))}. ${story.publisher}.`, inner, source);

  const titleY = pad + title.size;
  const captionY = titleY + (titleLines.length - 1) * title.lineHeight + 8 + caption.size;
  const chartTop = captionY + (captionLines.length - 1) * caption.lineHeight + 14;
  const sourceY = height - pad - (sourceLines.length - 1) * source.lineHeight;
  const chartHeight = sourceY - source.size - 12 - chartTop;
  if (chartHeight < height / 3) throw new Error(`chartImageSvg: the title and caption of ${chartId} leave too little room for the chart`);
  const chart = standaloneChartSvg(chartId, opts.state ?? def.finalState, { width: inner, height: chartHeight }, { scheme });

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(copy.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    textBlock({ lines: titleLines, x: pad, y: titleY, size: title.size, lineHeight: title.lineHeight, family: title.family, fill: c.fg, extra: emphasis(c.fg, 0.45) }),
    textBlock({ lines: captionLines, x: pad, y: captionY, size: caption.size, lineHeight: caption.lineHeight, family: caption.family, fill: c.muted }),
    place(chart, pad, chartTop, 1),
    textBlock({ lines: sourceLines, x: pad, y: sourceY, size: source.size, lineHeight: source.lineHeight, family: source.family, fill: c.muted }),
    `</svg>`,
  ].join('');
  return { svg, width, height };
}
