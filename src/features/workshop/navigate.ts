/** Opens another screen of the app (a hash route); the back button returns here. */
export function navigate(href: string): void {
  window.location.hash = href;
}
