// Tells the embedding page how tall the embed is, in the message formats hosts already listen for.
// Heights are not secret, so they go to any parent origin ("*"), as pym.js and Datawrapper do.
import { HEIGHT } from './protocol';

export function heightMessages(chart: string, height: number, childId: string | undefined): unknown[] {
  const h = Math.ceil(height);
  const messages: unknown[] = [
    { type: HEIGHT, chart, height: h },
    { 'datawrapper-height': { [chart]: h } },
    { sentinel: 'amp', type: 'embed-size', height: h },
  ];
  if (childId) messages.push(`pymxPYMx${childId}xPYMxheightxPYMx${h}`);
  return messages;
}

/** pym.js's parent asks for the height by sending its width: "pymxPYMx<id>xPYMxwidthxPYMx<px>". */
export function isPymWidthMessage(data: unknown, childId: string | undefined): boolean {
  return typeof data === 'string' && childId !== undefined && data.startsWith(`pymxPYMx${childId}xPYMxwidthxPYMx`);
}
