/** Offers a Blob as a file download (a Blob URL behind `<a download>`; nothing leaves the device). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it alive a moment for slow browsers, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers text as a UTF-8 file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
