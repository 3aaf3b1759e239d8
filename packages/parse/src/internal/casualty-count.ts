/** What befell the persons counted (`死亡`, `受伤`, `失踪`, `遇难`; traditional forms too). */
const BEFELL = /^(?:死亡|受伤|受傷|重伤|重傷|轻伤|輕傷|失踪|失蹤|遇难|遇難)/;
/** The verb of causing before the count (`造成`, `致`). */
const CAUSED = /(?:造成|致)$/;
/** The measure words of persons counted. */
const PERSONS = "人名";

/**
 * Whether the count at `text[i]` (ending at `end`) counts the casualties an event caused, as fire,
 * accident and disaster reports print them (`共发生火灾8万起，造成543人死亡、347人受伤`, `致3人受伤`):
 * `造成` or `致` before a count of persons, then what befell them. A figure the text reports, in a
 * story's section too (since 2026-12-08); the counts listed after it with `、` go with it. Not a
 * count of persons with no such words (`造成5人滞留`: left to the rules before this one).
 *
 * @example
 * casualtyCount("造成543人死亡、347人受伤", 2, 6); // true
 * casualtyCount("造成5人滞留", 2, 4); // false
 */
export function casualtyCount(text: string, i: number, end: number): boolean {
  return (
    PERSONS.includes(text.charAt(end - 1)) &&
    BEFELL.test(text.slice(end, end + 2)) &&
    CAUSED.test(text.slice(Math.max(0, i - 2), i))
  );
}
