/** This app's own address without query or hash, in the browser: what a join fragment is added to. */
export function currentAppBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
