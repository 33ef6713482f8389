// The share card of one step: 1200 × 630, the chart's title and the step's view on the left, the
// chart in that state on the right. Built from src/images' own helpers (palette, text blocks,
// placing a chart), so it follows their fonts and colours.
import { standaloneChartSvg } from '../images/standalone-svg';
import { palette, place, textBlock, SHARE_CARD } from '../images/compose';
import { wrapText } from '../images/render-png';
import { svgFontFamily } from '../images/fonts';
import { escapeMarkup as esc } from '../lib/escape';
import { site } from '../data/site';
import type { StoryStep } from './steps';
import { getChart } from '../charts/registry';
import { requireState } from '../charts/scene';

/** A step's card is the size of the story's share card. */
export const STEP_CARD = { width: SHARE_CARD.width, height: SHARE_CARD.height } as const;

export const stepCardPath = (stepId: string) => `images/${stepId}.png`;

// Each block is marked with its part (data-card-part), so a test can read the card's words in the SVG.
const lines = (part: string, text: string[], x: number, y: number, size: number, lineHeight: number, family: string, fill: string) =>
  textBlock({ lines: text, x, y, size, lineHeight, family, fill, extra: ` data-card-part="${part}"` });

/** The card's alt text: what it shows, the chart's title and the step's view, then the state's description with its numbers. */
export function stepCardAlt(step: StoryStep): string {
  const chart = getChart(step.chart);
  const state = requireState(chart, step.state, `share card ${step.id}`);
  const { description } = chart.layout(site().shaped(step.chart), state, chart.defaultSize);
  return `A chart, “${step.chartTitle}”, at “${step.stateLabel}”. ${description}`;
}

export function stepCardSvg(step: StoryStep): string {
  const c = palette();
  const { width, height } = STEP_CARD;
  const left = 64;
  const textWidth = 420;
  const titleFont = { family: svgFontFamily.ui, size: 28 };
  const labelFont = { family: svgFontFamily.body, size: 46 };
  const titleLines = wrapText(step.chartTitle, textWidth, titleFont).slice(0, 3);
  let labelLines = wrapText(step.stateLabel, textWidth, labelFont);
  if (labelLines.length > 4) {
    labelFont.size = 36;
    labelLines = wrapText(step.stateLabel, textWidth, labelFont).slice(0, 5);
  }
  const titleY = 140;
  const labelLineHeight = Math.round(labelFont.size * 1.15);
  const labelY = titleY + (titleLines.length - 1) * 36 + 40 + labelFont.size;
  // The step's own words, as many lines as fit above the bottom margin.
  const textFont = { family: svgFontFamily.body, size: 22 };
  const textY = labelY + (labelLines.length - 1) * labelLineHeight + 48;
  const room = Math.max(0, Math.floor((height - 56 - textY) / 30) + 1);
  const all = wrapText(step.text, textWidth, textFont);
  const textLines = all.slice(0, room);
  if (all.length > room && textLines.length) textLines[textLines.length - 1] = `${textLines[textLines.length - 1]!.replace(/[\s,;:.]*\S*$/, '')}…`;
  // Laid out small and scaled up, so the chart's labels read in a feed's thumbnail.
  const chartSize = { width: 470, height: 390 };
  const k = 1.3;
  const chart = standaloneChartSvg(step.chart, step.state, chartSize);
  const chartX = width - 48 - chartSize.width * k;
  const chartY = (height - chartSize.height * k) / 2 + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${esc(`${step.chartTitle}: ${step.stateLabel}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    `<rect width="${width}" height="10" fill="${c.accent}"/>`,
    lines('publisher', [site().story.publisher.toUpperCase()], left, 84, 20, 24, svgFontFamily.ui, c.muted),
    lines('title', titleLines, left, titleY, titleFont.size, 36, titleFont.family, c.muted),
    lines('label', labelLines, left, labelY, labelFont.size, labelLineHeight, labelFont.family, c.fg),
    lines('words', textLines, left, textY, textFont.size, 30, textFont.family, c.fg),
    place(chart, chartX, chartY, k),
    `</svg>`,
  ].join('');
}
