import { appBasePath } from './app-route.ts';

/** The app's base address in the browser (origin and base path, ending in `/`): what a join link starts with. */
export function currentAppBase(): string {
  return `${window.location.origin}${appBasePath()}`;
}
