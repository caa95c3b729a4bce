// The sessionStorage keys of a presenter run (one set per tab): read by the presenter and by the
// boot script that decides, before the first paint, whether a tab gets a template's first step.

/** The sessionStorage key of a run's settings (position, blank, sound). */
export const settingsKey = (runId: string) => `kortstokk-presenter:${runId}`;

/** The sessionStorage key of one step's (and round's) timer. */
export const timerKey = (runId: string, stepId: string, round: number) =>
  `kortstokk-presenter-timer:${runId}:${stepId}:${round}`;

/** True when `key` is one of `runId`'s keys: this tab has presented that run. */
export const isRunKey = (key: string, runId: string): boolean =>
  key === settingsKey(runId) || key.startsWith(`kortstokk-presenter-timer:${runId}:`);
