import type { FileChooser, Locator } from '@playwright/test';

/** Clicks the button that opens a file picker and answers the picker with `files`. */
export async function pickFiles(button: Locator, files: Parameters<FileChooser['setFiles']>[0]) {
  const chooser = button.page().waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(files);
}
