export const cspMeta: string;
export const cspHeader: string;
