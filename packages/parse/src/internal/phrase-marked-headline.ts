import { isBareHeading } from "./line-kinds";

/** Most characters of a headline whose phrases marks part ({@link isPhraseMarkedHeadline}). */
const MAX_MARKED = 40;

/**
 * Two or three phrases of four characters or more, parted by exclamation marks (one or two), a
 * question mark perhaps closing the last: no comma, colon or other sentence mark between them.
 */
const PHRASE_MARKED =
  /^[^，,：:。；;！？!?]{4,}[！!](?:[^，,：:。；;！？!?]{4,}[！!])?[^，,：:。；;！？!?]{4,}[？?]?$/;

/**
 * `某县存款余额突破千亿大关！某镇新增超十亿元`, `120亿斤、全省第3！某市粮食产量为何再创新高？`: a news
 * headline whose two or three phrases exclamation marks part ({@link PHRASE_MARKED}), its lead
 * longer than the few words `isExclaimedHeadline` takes, {@link MAX_MARKED} characters at most, not
 * a site's greeting (`欢迎访问…！`); what is left once its marks are read as spaces is a heading (a
 * figure allowed). Near-misses: `…大关，好消息！…` (a comma), `数据告诉你：…！…` (a label's colon),
 * four marks, a `。`.
 */
export function isPhraseMarkedHeadline(text: string): boolean {
  if (text.length > MAX_MARKED || text.startsWith("欢迎") || !PHRASE_MARKED.test(text))
    return false;
  return isBareHeading(phrasesAsWords(text), true);
}

/**
 * One to three phrases, each closed by a question mark (three characters or more before the first,
 * two or more before the others), perhaps a phrase of four characters or more after the last: no
 * comma, colon, exclamation mark or other sentence mark among them.
 */
const QUESTION_MARKED =
  /^[^，,：:。；;！？!?]{3,}[？?](?:[^，,：:。；;！？!?]{2,}[？?]){0,2}(?:[^，,：:。；;！？!?]{4,})?$/;

/**
 * `某市全年平均气温？冬天冷不冷？夏天热不热？`, `毕业生们都去哪就业？多所高校发布就业报告`: a news headline that asks (one to three
 * questions, {@link QUESTION_MARKED}, perhaps a statement of four characters or more after them),
 * {@link MAX_MARKED} characters at most; what is left once its marks are read as spaces is a
 * heading (a figure allowed). Whether it heads the text depends on the line under it (a lede of
 * sentences); its caller asks that. Near-misses: a question with a comma or a colon (`问：…？`,
 * `为什么，…？`), four questions, a `。`, an exclamation mark among them.
 */
export function isQuestionHeadline(text: string): boolean {
  if (text.length > MAX_MARKED || !QUESTION_MARKED.test(text)) return false;
  return isBareHeading(phrasesAsWords(text), true);
}

/**
 * A headline {@link isPhraseMarkedHeadline} takes, its marks read as spaces.
 *
 * @example
 * phrasesAsWords("某县存款余额突破千亿大关！某镇新增超十亿元"); // "某县存款余额突破千亿大关 某镇新增超十亿元"
 */
export const phrasesAsWords = (text: string): string => text.replace(/[！!？?]+/g, " ").trim();
