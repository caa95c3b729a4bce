/**
 * The word cloud's own coordinates (layout and SVG viewBox alike); the SVG scales them to the
 * width it is given. Its own module, so the SVG knows it without loading the layout.
 */
export const CLOUD_SIZE = { width: 960, height: 440 } as const;
