// A step's id, and so its link: "<chart-id>--<state-id>", e.g. #mission-split--spacex. Stable
// across builds; built here and nowhere else.
export const stepId = (chart: string, state: string) => `${chart}--${state}`;
