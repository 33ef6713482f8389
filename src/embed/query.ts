// Query parameters of an embed page, each reduced to a known value or a safe default.
// Nothing from the query string is ever written into the page as HTML.
import { resolveState, type ChartView } from '../charts/scene';

/** auto: the host page's theme when our loader reports it, otherwise the reader's system setting */
export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedFlags {
  theme: Theme;
  /** no background of our own: the chart sits on the host's (unless that would break contrast) */
  transparent: boolean;
  /** the chart alone: no title block, switcher or links; the source line stays */
  plain: boolean;
}

export interface EmbedQuery extends EmbedFlags {
  state: string;
  /** pym.js child id, only if it is a plain identifier */
  childId: string | undefined;
}

/** A flag is on when present bare (`?plain`) or as 1/true; any other value leaves it off. */
const flag = (q: URLSearchParams, name: string) => q.has(name) && ['', '1', 'true'].includes(q.get(name) ?? '');

/** The render flags alone: read before the chart's code arrives, so nothing flashes. */
export function readEmbedFlags(search: string): EmbedFlags {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    transparent: flag(q, 'transparent'),
    plain: flag(q, 'plain'),
  };
}

export function readEmbedQuery(search: string, def: Pick<ChartView<unknown>, 'id' | 'states' | 'defaultState'>): EmbedQuery {
  const q = new URLSearchParams(search);
  const childId = q.get('childId');
  return {
    ...readEmbedFlags(search),
    state: resolveState(def, q.get('state')).id,
    childId: childId && /^[A-Za-z0-9_-]{1,64}$/.test(childId) ? childId : undefined,
  };
}
