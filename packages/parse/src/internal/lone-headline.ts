import { isBareHeading, isTailLine } from "./line-kinds";
import { offsetAt, type TextLine } from "./text-line";

/** Fewest characters of a paragraph under a lone headline ({@link isLoneHeadline}). */
const MIN_PARAGRAPH = 40;
/** Fewest paragraphs straight under it. */
const MIN_PARAGRAPHS = 2;
/** How many lines under it are looked at for another heading. */
const LONE_REACH = 12;
/**
 * Widest ratio between a wrapped paragraph's first input line and the line over it, in input
 * characters from each line's first kept one (a converter's pinyin, `(wù)`, and a copy's marks
 * count: the page wrapped them; a mark the repair dropped before the first line's text does not).
 */
const WRAP_RATIO = 1.35;
/** Shortest and longest lone headline (a shorter line is a label or a figure alone, a longer one a sentence's half). */
const MIN_HEADLINE = 10;
const MAX_HEADLINE = 40;

/**
 * A line of sentences: forty characters or more holding a full stop (`…投资12.2亿元。某大道4月底建成
 * 通车。`), however it ends (a reporter's credit in brackets may close it).
 */
const isParagraph = (text: string): boolean => text.length >= MIN_PARAGRAPH && text.includes("。");

/**
 * `某市上半年完成交通投资37.3亿元` over `干线公路完成投资12.2亿元。…。` and another paragraph: a copied
 * news item's headline stating a figure, the one heading of its text, straight over two paragraphs of
 * sentences, no other heading (a line that is a bare heading, a figure allowed) among the
 * {@link LONE_REACH} lines under it before the page's foot (a line closing with a colon, a 报尾
 * line). The headline is ten to forty characters.
 * Near-misses that keep their reading: a subhead stating a figure over one paragraph and the next
 * subhead (`群众总体满意率97.01%` / `…。` / `办结率98%`), a headline over a short line or a table,
 * a first line longer than a headline, a paragraph's first line wrapped at a page's width over
 * the rest of it (input lines of its length).
 */
export function isLoneHeadline(lines: readonly TextLine[]): boolean {
  const head = lines[0];
  const first = head?.text ?? "";
  if (head === undefined || first.length < MIN_HEADLINE || first.length > MAX_HEADLINE)
    return false;
  if (wrapsOver(head, lines[1])) return false;
  for (let k = 1; k <= MIN_PARAGRAPHS; k++) if (!isParagraph(lines[k]?.text ?? "")) return false;
  for (let k = MIN_PARAGRAPHS + 1; k < lines.length && k <= LONE_REACH; k++) {
    const text = (lines[k] as { text: string }).text;
    // The page's foot (`责任编辑：` / `王某`): a label closing with its colon ends the text, the
    // name under it no heading.
    if (isTailLine(text) || text.endsWith("：") || text.endsWith(":")) break;
    if (isBareHeading(text, true)) return false;
  }
  return true;
}

/**
 * A paragraph wrapped at a page's width (`2025年4月22日根据县发改局监测…农贸市场` / `的价格情况，…`):
 * the paragraph under `head` joined from input lines, its first as wide as `head` in the input
 * (within {@link WRAP_RATIO} either way), so `head` is that paragraph's first line, no headline.
 */
function wrapsOver(head: TextLine, next: TextLine | undefined): boolean {
  const wrap = next?.breaks?.[0];
  if (next === undefined || wrap === undefined) return false;
  const headStart = offsetAt(head, 0);
  const nextStart = offsetAt(next, 0);
  const nextWrap = offsetAt(next, wrap);
  if (headStart === undefined || nextStart === undefined || nextWrap === undefined) return false;
  // Each width with its line's end: from the first line's text to the paragraph's, and from the
  // paragraph's to the input line it was joined with.
  const a = nextStart - headStart;
  const b = nextWrap - nextStart;
  return b <= a * WRAP_RATIO && a <= b * WRAP_RATIO;
}
