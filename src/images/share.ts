// What the share card is, for the page head (og:image) and for the image itself (src/pages/images/share.png.ts).
export const SHARE_CARD = { path: 'images/share.png', width: 1200, height: 630 } as const;
/** The chart and state on the share card: the 28 / 7 / 19 split of the missions. */
export const SHARE_CHART = { chart: 'mission-split', state: 'ula' } as const;
