// A step's id, and so its link: "<chart-id>--<state-id>", e.g. #<chart-id>--<state-id>. Stable
// across builds; built here and nowhere else.
export const stepId = (chart: string, state: string) => `${chart}--${state}`;

/** Chart and state ids: lower-case words joined by single hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 64 && ID.test(v);

/** "<chart-id>--<state-id>" → { chart, state }; undefined for anything else (markup, spaces, a third "--"). */
export function parseStepId(value: string | null | undefined): { chart: string; state: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.trim().split('--');
  if (parts.length !== 2 || !isId(parts[0]) || !isId(parts[1])) return undefined;
  return { chart: parts[0], state: parts[1] };
}
