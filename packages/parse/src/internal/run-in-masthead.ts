import { readFullDate } from "./read-date";
import { isOrg } from "./read-masthead";
import type { TextLine } from "./text-line";

/**
 * A masthead a document site flattened onto the line its text runs on in (issue 14): the series'
 * name, its number in brackets, the body that edits it (`编`) and the day, then the report's title and
 * its first section, all on one line: `疫情简报 (第11期) 某区疾病预防控制中心 编 2014年12月12日 2014年11月…`;
 * or the document's kind (its characters perhaps spaced, `通 报`) closing the title, then the number
 * and the first section's marker: `…疫情报告情况的 通 报 第11期 一、全县疫情概况 …`; or a journal's page head
 * copied in with a paper (`第 17 卷第 1 期 1999年 3 月 某某科学 …`): the issue's number and year.
 */

/** How many of the first lines are looked through; how far into each. */
const MAX_LINES = 8;
const REACH = 240;

/**
 * `疫情简报 (第11期) 某区疾病预防控制中心 编 2014年12月12日 `: a series' name (two to sixteen Han characters
 * ending in a bulletin's kind) opening the line, its number in brackets (group 2), the editing body
 * (group 3, four to thirty Han characters) and 编, 编印, 主办 or 印发, then a whole date in words (group
 * 4). The repair drops the spaces between Han characters, so none is required. Not a sentence naming an
 * issue (`某某简报（第11期）刊发了…`: no body, 编 and date after it), nor a series' name inside a line.
 */
const SERIES_ISSUE_EDITOR_DAY =
  /^\s*([\u4e00-\u9fff]{2,14}(?:简报|快报|通报|周报|月报|动态|专报|信息|情况))\s*[（(]\s*第\s*(\d{1,4})\s*期\s*[）)]\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{3,30}?)\s*(?:编印|编|主办|印发)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;

/**
 * `1、某某工作简报2013年第8期某某市环境卫生管理处2013年8月31日八月份…`, `某某工作动态 2021年第12期 某县农业农村局
 * 2021年6月20日 `: a series' name (as {@link SERIES_ISSUE_EDITOR_DAY}'s) opening the line (after a document
 * site's count of its page, `1、`), its year (group 2) and number (group 3) as `2013年第8期`, the body that
 * edits it (group 4, four to thirty Han characters, no 编 after it) and a whole date (group 5). Not a
 * sentence naming an issue (`据某某简报2013年第8期刊载,…`: words before the name), nor a number with no
 * body before the day.
 */
const SERIES_YEAR_ISSUE_BODY_DAY =
  /^\s*(?:\d{1,2}、)?([\u4e00-\u9fff]{2,14}(?:简报|快报|通报|周报|月报|动态|专报|信息|情况))\s*(\d{4})\s*年\s*第\s*(\d{1,4})\s*期\s*([\u4e00-\u9fff]{4,30}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;

/**
 * `…情况的 通 报 第11期 一、`, `…简报 第3期 一、`: a document's kind (通报, 简报, 快报, its two characters
 * perhaps spaced) closing a title, then its number (group 1), then the first section's marker (`一、`).
 * A number inside a sentence (`…第11期通报指出，`, `根据第11期通报，`) is none.
 */
const KIND_ISSUE_SECTION = /(?:通|简|快)\s*报\s*第\s*(\d{1,4})\s*期\s*一[、，,]/;

/**
 * `第 17 卷第 1 期 1999年 3 月`: a journal's volume and issue, then the year (and month) of the issue, as a
 * journal's page head prints them (a flattened paper copies it in): the issue's number (group 1) and
 * year (group 2). A volume alone (`第17卷`) or an issue without its year is none.
 */
const VOLUME_ISSUE_YEAR =
  /第\s*\d{1,3}\s*卷\s*第\s*(\d{1,2})\s*期\s*[,，]?\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月/;

export interface RunInMasthead {
  number: number;
  /** A journal's year, with its volume and issue. */
  year?: number;
  publisher?: string;
  publishedOn?: string;
}

/** The masthead run in on one of the first lines (see above), or undefined. */
export function runInMasthead(lines: readonly TextLine[]): RunInMasthead | undefined {
  for (const line of lines.slice(0, MAX_LINES)) {
    if (line.table) continue;
    const text = line.text.slice(0, REACH);
    // (Both shapes print 第 and 期: most lines hold neither.)
    if (!text.includes("期") || !text.includes("第")) continue;
    const full = SERIES_ISSUE_EDITOR_DAY.exec(text);
    if (full !== null) {
      const editor = (full[3] as string).replace(/\s+/g, "");
      const publishedOn = readFullDate((full[4] as string).replace(/\s+/g, ""));
      return {
        number: Number(full[2]),
        ...(isOrg(editor) ? { publisher: editor } : {}),
        ...(publishedOn === undefined ? {} : { publishedOn }),
      };
    }
    const dated = SERIES_YEAR_ISSUE_BODY_DAY.exec(text);
    const body = dated?.[4] as string;
    if (dated !== null && isOrg(body)) {
      const publishedOn = readFullDate((dated[5] as string).replace(/\s+/g, ""));
      return {
        number: Number(dated[3]),
        year: Number(dated[2]),
        publisher: body,
        ...(publishedOn === undefined ? {} : { publishedOn }),
      };
    }
    const kind = KIND_ISSUE_SECTION.exec(text);
    if (kind !== null) return { number: Number(kind[1]) };
    const journal = text.includes("卷") ? VOLUME_ISSUE_YEAR.exec(text) : null;
    if (journal !== null) return { number: Number(journal[1]), year: Number(journal[2]) };
  }
  return undefined;
}
