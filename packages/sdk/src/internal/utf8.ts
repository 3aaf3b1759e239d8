/**
 * The offset of the first byte at or after `from` that does not start a well-formed UTF-8
 * sequence (WHATWG decoding: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 * A sequence cut off by the end of `bytes` is invalid when `final`; otherwise it is left for
 * the next chunk and -1 is returned. `from` must be the start of a sequence. Linear.
 */
export function invalidUtf8At(bytes: Uint8Array, from = 0, final = true): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k] as number;
      if (c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** Where a chunk's check may start: past the continuation bytes that end a character begun before it. */
export function sequenceStart(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && i < 3 && ((bytes[i] as number) & 0xc0) === 0x80) i++;
  return i;
}
