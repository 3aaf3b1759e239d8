/** Fewest characters of a title's opening said again at its end ({@link withoutRepeatedOpening}). */
const MIN_REPEATED_OPENING = 8;

/**
 * `2021年上半年某乡政府工作总结工作总结 2021年上半年某乡政府工作总结`: a title a copy printed twice and
 * ran together, the page's title and the headline, the second perhaps shorter (the first with a
 * word of the site's after it): the first, when the title ends with its own opening of
 * {@link MIN_REPEATED_OPENING} characters or more (spaces between them aside); else the title as it
 * is. Near-misses: an end that shares fewer characters with the opening (`某县某县…`), a second half
 * that differs (`2021年上半年…总结2021年下半年…计划`).
 */
export function withoutRepeatedOpening(title: string): string {
  const n = title.length;
  if (n < 2 * MIN_REPEATED_OPENING) return title;
  for (let len = Math.floor(n / 2); len >= MIN_REPEATED_OPENING; len--) {
    const first = title.slice(0, n - len).trimEnd();
    const again = title.slice(n - len);
    if (first.length >= len && first.startsWith(again) && again.trim() === again) return first;
  }
  return title;
}
