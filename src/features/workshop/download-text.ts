/** Offers text as a file download (a Blob URL behind `<a download>`; nothing leaves the device). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
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
