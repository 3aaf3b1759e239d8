/**
 * Anti-copy noise of forum pages. A bulletin copied into a forum (Discuz and its kin) carries
 * hidden "jammer" strings that text extraction keeps: runs of short tokens of ASCII letters,
 * digits and marks between sentences, `…办结件。. Q! h) n9 S+ Y9 [5 F`, or before a signature,
 * `+ J( I& |5 s3 Y 市…办公室`. Such a run is no text of the bulletin: its `"` and `(` would open
 * quotes and brackets that swallow the sentences after them.
 */

type Range = readonly [number, number];

/** Fewest tokens in a run of noise: a list like `a) b) c)` or `1, 2, 3` is shorter or plainer. */
const MIN_TOKENS = 5;
/** Longest token of a run. */
const MAX_TOKEN = 3;

/** A printable ASCII character other than the space. */
const printable = (n: number): boolean => n >= 0x21 && n <= 0x7e;
const letter = (n: number): boolean => (n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a);
const digit = (n: number): boolean => n >= 0x30 && n <= 0x39;

/** A line that may hold a run: five short ASCII tokens in a row. Bounded per position. */
const MAY_HOLD = /[!-~]{1,3} [!-~]{1,3} [!-~]{1,3} [!-~]{1,3} [!-~]/;

/** What {@link forumNoise} finds on most lines. */
const NONE: readonly Range[] = [];

/**
 * Whether `source[a, b)` has the spaces {@link MAY_HOLD} needs (one between each two tokens):
 * most lines have fewer, and a count of them costs less than a slice and a regex a line.
 */
function spacedEnough(source: string, a: number, b: number): boolean {
  let spaces = 0;
  for (let i = a; i < b; i++)
    if (source.charCodeAt(i) === 0x20 && ++spaces === MIN_TOKENS - 1) return true;
  return false;
}

/**
 * Whether `source[a, b)` holds an ASCII letter. A run is noise only with letters in a third of its
 * tokens ({@link isNoise}), five tokens at least: a line without one (a row of a table of
 * figures, `| 1 | 2 | 3 |`, has the spaced short tokens of a run) holds no noise.
 */
function hasLetter(source: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (letter(source.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether the tokens of a run are noise: letters in a third of them at least, marks in half of
 * them at least, and three different marks at least. Words (`I am a boy`), numbers (`1, 2, 3,
 * 4, 5`) and list markers (`(a) (b) (c)`) are not.
 */
function isNoise(source: string, tokens: readonly Range[]): boolean {
  let letters = 0;
  let marked = 0;
  const marks = new Set<number>();
  for (const [s, e] of tokens) {
    let hasLetter = false;
    let hasMark = false;
    for (let i = s; i < e; i++) {
      const n = source.charCodeAt(i);
      if (letter(n)) hasLetter = true;
      else if (!digit(n)) {
        hasMark = true;
        marks.add(n);
      }
    }
    if (hasLetter) letters++;
    if (hasMark) marked++;
  }
  return letters * 3 >= tokens.length && marked * 2 >= tokens.length && marks.size >= 3;
}

/**
 * The runs of forum noise in `source[a, b)`, in order, each from its first token's first
 * character to its last token's last. A run may be glued to the text before it (`。; U5 i, …`)
 * or after it (`… b& h另据统计`). Linear in the length of the line.
 */
export function forumNoise(source: string, a: number, b: number): readonly Range[] {
  if (b - a < 2 * MIN_TOKENS - 1 || !spacedEnough(source, a, b)) return NONE;
  if (!MAY_HOLD.test(source.slice(a, b)) || !hasLetter(source, a, b)) return NONE;
  const found: Range[] = [];
  let run: Range[] = [];
  const close = (): void => {
    if (run.length >= MIN_TOKENS && isNoise(source, run)) {
      found.push([(run[0] as Range)[0], (run[run.length - 1] as Range)[1]]);
    }
    run = [];
  };
  let s = a;
  while (s <= b) {
    let e = s;
    while (e < b && source.charCodeAt(e) !== 0x20) e++;
    // The token source[s, e): its printable ASCII head and tail.
    let head = 0;
    while (s + head < e && printable(source.charCodeAt(s + head))) head++;
    let tail = 0;
    while (e - tail > s && printable(source.charCodeAt(e - tail - 1))) tail++;
    if (e > s && head === e - s && head <= MAX_TOKEN) run.push([s, e]);
    else {
      // Glued to the text after it: the run ends with the token's ASCII head.
      if (run.length > 0 && head >= 1 && head <= MAX_TOKEN && head < e - s) run.push([s, s + head]);
      close();
      // Glued to the text before it: a run may start with the token's ASCII tail.
      if (tail >= 1 && tail <= MAX_TOKEN && tail < e - s) run.push([e - tail, e]);
    }
    s = e + 1;
  }
  close();
  return found;
}
