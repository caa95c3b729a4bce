/// <reference types="vite/client" />

/** Identifies the build (an ISO time, or KORTSTOKK_BUILD_ID); shown in settings. */
declare const __BUILD_ID__: string;
