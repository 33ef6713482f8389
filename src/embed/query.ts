// Query parameters of an embed page, each reduced to a known value or a safe default.
// Nothing from the query string is ever written into the page as HTML.
import { resolveState, type ChartView } from '../charts/scene';

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedQuery {
  state: string;
  theme: Theme;
  /** pym.js child id, only if it is a plain identifier */
  childId: string | undefined;
}

export function readEmbedQuery(search: string, def: Pick<ChartView<unknown>, 'id' | 'states' | 'defaultState'>): EmbedQuery {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  const childId = q.get('childId');
  return {
    state: resolveState(def, q.get('state')).id,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    childId: childId && /^[A-Za-z0-9_-]{1,64}$/.test(childId) ? childId : undefined,
  };
}
