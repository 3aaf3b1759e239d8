import { NUMBERED_MARKER } from "./line-kinds";

/**
 * `1、平均气温：大部偏高`, `3、日照：西部偏少，中东部正常偏多`: a numbered item's heading alone on its
 * line, a theme (two to twelve Han characters), its colon, then a short statement of Han words
 * (four to thirty, commas between its phrases) that says what the text under it reports: the whole
 * line is the item's title, not a label and its text (since 2026-12-08). Not a label over a
 * sentence of figures (`1、定点屠宰：全县生猪定点屠宰完成0.9万头`), a topic's label (`3、文明素质方面：
 * 有不牵绳遛狗…`), a sentence closed by its mark (`…偏少。`), nor one cut short by a pause (`…偏少，`).
 */
const THEME_STATEMENT =
  /^[\u4e00-\u9fff“”]{2,12}(?<!方面)[：:][\u4e00-\u9fff“”]{2,}(?:[，、,][\u4e00-\u9fff“”]{2,})*$/;

/** Fewest and most characters of the statement after the theme's colon. */
const MIN_STATEMENT = 4;
const MAX_STATEMENT = 30;

/**
 * The title of a numbered line that is a theme and its statement ({@link THEME_STATEMENT}),
 * else "".
 */
export function themeStatementTitle(text: string): string {
  const m = NUMBERED_MARKER.exec(text);
  if (m === null) return "";
  const title = text.slice(m[0].length).trim();
  if (!THEME_STATEMENT.test(title)) return "";
  const colon = title.search(/[：:]/);
  const length = title.length - colon - 1;
  return length >= MIN_STATEMENT && length <= MAX_STATEMENT ? title : "";
}
