import { isBareHeading } from "./line-kinds";
import type { TextLine } from "./text-line";

/** Fewest characters of each line of a head and its deck ({@link isDeckUnder}). */
const MIN_DECK_LINE = 7;
/** A word a heading broken over two lines may end its first line with: it joins what follows. */
const JOINING_END = /[的和及与、]$/;
/** A digit: a line stating a date or a figure (`2024年1月22日召开`) is no head or deck of words. */
const DIGIT = /\d/;
/** Fewest stacks of a head and its deck that show a text heads its parts so, whatever else it prints. */
const MIN_STACKS = 2;
/** Fewest characters of the lede paragraph over a text's one stack ({@link isLoneDeckUnder}). */
const MIN_LEDE = 20;
/** A clause's mark: the line over a lone stack is running text, not a title or a label. */
const CLAUSE_MARK = /[，。；：,;:]/;

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
 * A deck under a head ({@link isDeckUnder}) that heads on its own though its text stacks no other:
 * the stack stands right under a paragraph of running text (a clause's mark in it) of
 * {@link MIN_LEDE} characters or more, as under a release's lede (`日前，浦东新区公布上半年经济运行
 * 情况：…` / `工业高质量引领特征明显` / `金融业经济压舱石作用突出`), and the lower line is no shorter than the
 * upper one and no `——` subtitle. Near-misses that stay one heading: a stack under a title or a short note
 * (`某市工作简报` / `编者按：现将经验印发。` / `推进数字政府建设` / `持续优化营商环境`), a lower line one
 * character shorter (`工业生产平稳增长` / `新动能加快成长`: a heading the page broke), a headline over its
 * `——` subtitle.
 */
function isLoneDeckUnder(lines: readonly TextLine[], j: number): boolean {
  const over = (lines[j - 1] as TextLine).text;
  const text = (lines[j] as TextLine).text;
  const lede = lines[j - 2];
  return (
    text.length >= over.length &&
    !text.startsWith("——") &&
    lede !== undefined &&
    lede.table === undefined &&
    lede.text.length >= MIN_LEDE &&
    CLAUSE_MARK.test(lede.text)
  );
}

/**
 * The indices of the lines that are a deck under a head ({@link isDeckUnder}), in a text that heads
 * its parts so: {@link MIN_STACKS} or more stacks of two bare heading lines, each stack between lines
 * that are no heading (a news report on a region's economy: `工业生产保持较快增长` / `高技术制造业增势强劲`
 * / paragraphs / `服务业稳步恢复` / `航空运输业显著复苏` / …). Each line then heads on its own. One such
 * stack alone does too when it stands right under a paragraph of running text ({@link isLoneDeckUnder}:
 * `经济运行稳步向好` / `营业收入稳健增长` under a lede, as 统计, 国资, 人社 and 审批 pages print it), unless the
 * text also prints a headline broken before its figure (`省委巡视组向省纪委` / `移交509件问题线索`): a text
 * that breaks its headlines so breaks the one stack too (`将巡视整改纳入` / `党风廉政建设责任制考核`).
 * Empty otherwise; one pass over the lines.
 *
 * @example
 * // [`服务业稳步恢复`, `航空运输业显著复苏`, paragraph, `投资规模扩大`, `高技术产业投资较快增长`, paragraph]
 * stackedDecks(lines); // Set {1, 4}
 */
export function stackedDecks(lines: readonly TextLine[]): Set<number> {
  const decks = new Set<number>();
  let run = 0;
  let broken = false;
  let lone = false;
  for (let k = 0; k <= lines.length; k++) {
    const line = lines[k];
    if (line !== undefined && !line.table && isBareHeading(line.text)) {
      run++;
      continue;
    }
    // A run of exactly two heading lines ends at k: the second, k - 1, may be a deck.
    if (run === 2 && line !== undefined && isDeckUnder(lines, k - 1)) {
      decks.add(k - 1);
      lone = isLoneDeckUnder(lines, k - 1);
    }
    // `省委巡视组向省纪委` / `移交509件问题线索`: a headline a page broke, its figure on the second line.
    else if (run === 1 && line !== undefined && !line.table && isBareHeading(line.text, true))
      broken = true;
    run = 0;
  }
  return decks.size >= MIN_STACKS || (decks.size === 1 && lone && !broken) ? decks : new Set();
}
