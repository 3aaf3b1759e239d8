import type { TextLine } from "./text-line";

/**
 * `原标题：创新高！…370余万辆 编辑：某某`, `【原题目：2019年1月18日某省…监测分析】`: a repost's note naming
 * the report's original headline (`原标题`, `原题目`, either script), in brackets or not, after a
 * sentence, a closing bracket or a space (or opening its line; a bracket inside a sentence,
 * `此前报道（原标题：…）有误`, names none), the headline closed by a bracket, a bar, the line's end or the next
 * field of the page's credits (`编辑：`, `校审：`, `来源：`; the repair may have dropped the space before it). Group 1 is the headline (five to sixty characters, no
 * sentence's full stop or semicolon in it: a note that goes on into a sentence names none).
 */
const ORIGINAL_TITLE_NOTE =
  /(?:^|[。！？!?）)】\]\s\u3000|])[\s\u3000]*[【（(]?原(?:标题|標題|题目|題目)[：:][\s\u3000]*([^\s\u3000（）()【】|。；;][^（）()【】|。；;]{4,59}?)(?=[\s\u3000]*(?:[】）)|]|$)|[\s\u3000]*(?:编辑|編輯|责编|責編|责任编辑|責任編輯|校审|校審|审校|審校|校对|校對|审核|審核|来源|來源|作者|记者|記者|总值班|總值班|监制|監製)[：:])/;

/**
 * The original headline the first note of `lines` naming it gives ({@link ORIGINAL_TITLE_NOTE}),
 * else undefined: the title of a repost that prints no headline of its own. Only lines holding
 * `原` are searched.
 *
 * @example
 * originalTitleNote([{ text: "…同比下降55.6%。 原标题：某市五一假期车流量创新高 编辑：王某", spans: [] }]);
 * //=> "某市五一假期车流量创新高"
 */
function originalTitleNote(lines: readonly TextLine[]): string | undefined {
  for (const line of lines) {
    if (!line.text.includes("原")) continue;
    const m = ORIGINAL_TITLE_NOTE.exec(line.text);
    if (m !== null) return (m[1] as string).trim();
  }
  return undefined;
}

/**
 * `…累计销售额达34.84亿元。 （原标题：全区公共体育场地人均拥有2.08平方米）`: a reposted report's
 * original headline in brackets run on after a sentence, closing its line (either script). Group 1
 * is the headline.
 */
const RUN_ON_ORIGINAL_TITLE =
  /[。！？!?][\s\u3000]*[（(]原[标標][题題][：:][\s\u3000]*([^（）()\s][^（）()]{1,59}?)[\s\u3000]*[）)]$/;

/** The headline the first line of `lines` closing with {@link RUN_ON_ORIGINAL_TITLE} names, else undefined. */
function runOnOriginalTitle(lines: readonly TextLine[]): string | undefined {
  for (const line of lines) {
    const m = RUN_ON_ORIGINAL_TITLE.exec(line.text);
    if (m !== null) return m[1];
  }
  return undefined;
}

/**
 * The original headline a repost names in `lines`: one in brackets closing a line after its last
 * sentence ({@link RUN_ON_ORIGINAL_TITLE}) first, else a note anywhere ({@link ORIGINAL_TITLE_NOTE}).
 *
 * @example
 * repostedTitle(lines) // `全区公共体育场地人均拥有2.08平方米` for `…34.84亿元。 （原标题：全区公共体育场地人均拥有2.08平方米）`
 */
export function repostedTitle(lines: readonly TextLine[]): string | undefined {
  return runOnOriginalTitle(lines) ?? originalTitleNote(lines);
}
