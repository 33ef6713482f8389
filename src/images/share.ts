// What the share card is, for the page head (og:image) and for the image itself (src/pages/images/share.png.ts).
export const SHARE_CARD = { path: 'images/share.png', width: 1200, height: 630 } as const;
