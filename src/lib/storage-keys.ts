// Storage keys read both by the app and by the boot script that runs before it (src/boot).

/** The app's persisted preferences (zustand persist, src/store/store.ts), in localStorage. */
export const PREFS_STORAGE_KEY = 'kortstokk-prefs';
