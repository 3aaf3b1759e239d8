import { isBareHeading } from "./line-kinds";
import type { TextLine } from "./text-line";

/** Fewest characters of each line of a head and its deck ({@link isDeckUnder}). */
const MIN_DECK_LINE = 7;
/** A word a heading broken over two lines may end its first line with: it joins what follows. */
const JOINING_END = /[的和及与、]$/;
/** A digit: a line stating a date or a figure (`2024年1月22日召开`) is no head or deck of words. */
const DIGIT = /\d/;
/** Fewest stacks of a head and its deck that show a text heads its parts so. */
const MIN_STACKS = 2;

/**
 * `工业生产保持较快增长` / `高技术制造业增势强劲`: a part's head and the deck stacked under it, two bare
 * heading lines of words (no digit: not `2024年1月22日召开`) of {@link MIN_DECK_LINE} characters or more
 * (`婦女維權熱線` / `已實現全省覆蓋` is one headline a copy broke), the lower one as long as the upper one or
 * longer (one character shorter at most: a page's width breaks a heading's longer part first), the
 * upper one not ending in a word that joins ({@link JOINING_END}), and no `——` subtitle under them
 * (`着力推进“五个突破”` / `持续深化…` / `——某市…典型经验`: one headline over its subtitle).
 */
function isDeckUnder(lines: readonly TextLine[], j: number): boolean {
  const over = (lines[j - 1] as TextLine).text;
  const text = (lines[j] as TextLine).text;
  return (
    over.length >= MIN_DECK_LINE &&
    text.length >= MIN_DECK_LINE &&
    text.length >= over.length - 1 &&
    !JOINING_END.test(over) &&
    !DIGIT.test(over) &&
    !DIGIT.test(text) &&
    !(lines[j + 1]?.text.startsWith("——") ?? false)
  );
}

/**
 * The indices of the lines that are a deck under a head ({@link isDeckUnder}), in a text that heads
 * its parts so: {@link MIN_STACKS} or more stacks of two bare heading lines, each stack between lines
 * that are no heading (a news report on a region's economy: `工业生产保持较快增长` / `高技术制造业增势强劲`
 * / paragraphs / `服务业稳步恢复` / `航空运输业显著复苏` / …). Each line then heads on its own. One such
 * stack alone is one heading printed over two lines (`推进数字政府建设` / `持续优化营商环境`). Empty when
 * the text has fewer; one pass over the lines.
 *
 * @example
 * // [`服务业稳步恢复`, `航空运输业显著复苏`, paragraph, `投资规模扩大`, `高技术产业投资较快增长`, paragraph]
 * stackedDecks(lines); // Set {1, 4}
 */
export function stackedDecks(lines: readonly TextLine[]): Set<number> {
  const decks = new Set<number>();
  let run = 0;
  for (let k = 0; k <= lines.length; k++) {
    const line = lines[k];
    if (line !== undefined && !line.table && isBareHeading(line.text)) {
      run++;
      continue;
    }
    // A run of exactly two heading lines ends at k: the second, k - 1, may be a deck.
    if (run === 2 && line !== undefined && isDeckUnder(lines, k - 1)) decks.add(k - 1);
    run = 0;
  }
  return decks.size >= MIN_STACKS ? decks : new Set();
}
