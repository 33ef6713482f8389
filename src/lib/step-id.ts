// A step's id, and so its link: "<chart-id>--<state-id>", e.g. #<chart-id>--<state-id>. Stable
// across builds; built here and nowhere else.
export const stepId = (chart: string, state: string) => `${chart}--${state}`;
