/** The app's mark (a small stack of cards), decorative. Inline so no request and no preload. */
export function AppMark() {
  return (
    <svg className="app-mark" viewBox="0 0 64 64" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#1f4e5f" />
      <rect x="18" y="13" width="17" height="35" rx="3" fill="#d98b4e" />
      <rect x="23" y="15" width="17" height="35" rx="3" fill="#fbf6ec" />
      <path d="M26 27h10M26 32h10M26 37h7" stroke="#1f4e5f" strokeWidth="2" />
    </svg>
  );
}
