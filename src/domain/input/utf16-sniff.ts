/**
 * Returns true when bytes look like UTF-16 (either byte order): a UTF-16 BOM, or NUL bytes that sit
 * on one side of most leading byte pairs, which is what ASCII-range JSON looks like in UTF-16.
 * Valid UTF-8 JSON never holds a raw NUL, so this cannot misjudge a good file.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe)) return true;
  const pairs = Math.min(32, Math.floor(bytes.length / 2));
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let p = 0; p < pairs; p += 1) {
    const first = bytes[2 * p];
    const second = bytes[2 * p + 1];
    if (first === 0 && second !== 0) zeroFirst += 1;
    else if (second === 0 && first !== 0) zeroSecond += 1;
  }
  if (pairs === 0) return false;
  return (zeroFirst * 2 >= pairs && zeroSecond === 0) || (zeroSecond * 2 >= pairs && zeroFirst === 0);
}
