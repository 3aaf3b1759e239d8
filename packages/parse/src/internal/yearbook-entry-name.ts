import { bracketedEntryYear, bracketRunInTitle } from "./line-kinds";

/**
 * `宣传部`, `党校工作`, `妇  联`: a yearbook entry's name alone on its line, two to ten Han
 * characters with no mark, figure or space, or a short name letter-spaced one character at a time
 * (`妇  联`, `审 计`). Not a category path (`政法 司法行政`: words of two or more characters set apart),
 * not a heading with a marker (`一、概况`) or a sentence.
 */
const ENTRY_NAME = /^(?:[\u4e00-\u9fff]{2,10}|[\u4e00-\u9fff](?:\s{1,3}[\u4e00-\u9fff]){1,4})$/;

/** `2019年，县委宣传部…。`: an entry's opening paragraph, the year it records then a comma. */
const YEAR_LED_PARAGRAPH = /^\d{4}年[，,].*[。]$/;

/**
 * How many lines a yearbook entry's name takes over its text, else 0: the name
 * ({@link ENTRY_NAME}), perhaps printed twice (a page's title and its heading), straight over either
 * a bracketed part of the entry run into its text that opens with the year it records
 * (`【概况】 2008年，市妇联…`), or a paragraph opening with that year (`2019年，县委宣传部…。`) with
 * such a bracketed part right under it (`【理论武装工作扎实深入】 一是…`). The name is the entry's
 * title. Near-misses: a category path (`政法 司法行政`), a bracketed head alone on its line
 * (`【人民调解工作】`, an entry title of its own), a name over a paragraph with no bracketed part
 * under it (an issuer over its report), a bracketed part with no year (`【工作动态】 全市…`).
 */
export function yearbookEntryNameLines(lines: readonly { text: string }[]): number {
  const name = lines[0]?.text.trim() ?? "";
  if (name.length < 2 || name.length > 16 || !ENTRY_NAME.test(name)) return 0;
  const k = lines[1]?.text.trim() === name ? 2 : 1;
  const next = lines[k]?.text.trim() ?? "";
  if (next.startsWith("【")) return bracketedEntryYear(next) === undefined ? 0 : k;
  if (!YEAR_LED_PARAGRAPH.test(next)) return 0;
  const under = lines[k + 1]?.text.trim() ?? "";
  return under.startsWith("【") && bracketRunInTitle(under) !== "" ? k : 0;
}
