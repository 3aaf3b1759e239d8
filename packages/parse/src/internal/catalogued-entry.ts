import { sliceLine } from "./run-together";
import type { TextLine } from "./text-line";

/**
 * `一级目：城乡建设和管理`, `二级目：住房和城乡建设`: a yearbook database's catalogue field over the entry it
 * shows (the level's label, a colon, the category's name).
 */
const CATALOGUE_FIELD = /^[一二三]级目\s*[：:]\s*\S/;

/**
 * `【市政道路建设】2021年，…`: an entry's name in lenticular brackets (two to twenty Han characters, no
 * other mark) opening its text; group 1 the name.
 */
const BRACKETED_NAME = /^【([\u4e00-\u9fff]{2,20})】/;

/** Labels a page prints in lenticular brackets, which name no entry. */
const BRACKETED_LABEL =
  /^(?:编者按|編者按|来源|來源|资料图|資料圖|概况|概況|概述|正文|摘要|导读|導讀|编辑|編輯)$/;

/**
 * `书名：` / `一级目：城乡建设和管理` / `二级目：住房和城乡建设` / `【市政道路建设】2021年，…`: a yearbook
 * database's record, its catalogue fields ({@link CATALOGUE_FIELD}) among the page's fields, the
 * entry's name in lenticular brackets opening its text: the name (without its brackets, the entry's
 * title) and the text after it, else undefined. Near-misses: such a name without the catalogue's
 * fields (a bulletin's part, `【工作动态】…`), a name holding other marks (`【农村“厕所革命”】`), a label
 * (`【概况】`, `【资料图】`), a name with no text after it.
 */
export function cataloguedEntry(
  line: TextLine | undefined,
  fields: readonly TextLine[],
): { title: TextLine; rest: TextLine } | undefined {
  if (line === undefined || line.table || line.text.charCodeAt(0) !== 0x3010 /* 【 */)
    return undefined;
  const m = BRACKETED_NAME.exec(line.text);
  const name = m?.[1];
  if (m === null || name === undefined || BRACKETED_LABEL.test(name)) return undefined;
  let from = m[0].length;
  while (line.text.charAt(from) === " ") from++;
  if (from >= line.text.length || !fields.some((f) => CATALOGUE_FIELD.test(f.text)))
    return undefined;
  return {
    title: sliceLine(line, 1, 1 + name.length),
    rest: sliceLine(line, from, line.text.length),
  };
}
