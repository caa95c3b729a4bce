export function cspMeta(styleHashes?: string[], scriptHashes?: string[]): string;
export function cspHeaderFrom(metaPolicy: string): string;
export function cspFromHtml(html: string): string | null;
