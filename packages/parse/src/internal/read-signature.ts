import { isBareHeading, isDateLine, isTailLine } from "./line-kinds";
import { readFullDate } from "./read-date";
import { isOrg } from "./read-masthead";
import type { TextLine } from "./repair-lines";

/** The 落款 at the end of a text: who issued it and when (a news page's may give no date). */
export interface Signature {
  publisher: TextLine;
  publishedOn?: string;
  date?: TextLine;
}

/** Longest issuer line of a 落款. */
const MAX_ISSUER = 40;
/** How many lines of the 版记 (报：, 共印…) may follow the 落款. */
const MAX_TAIL = 8;

/**
 * The 落款 (GB/T 9704: the issuer's name over the date of writing) closing a text: an
 * organisation's name on a line of its own (`市“效能提升工程”领导小组办公室`), then a whole date
 * on the next (`2011年4月22日`), both after the last paragraph and before any 版记 lines; or,
 * as a news page signs, the name alone on the last line after a paragraph.
 */
export function readSignature(lines: readonly TextLine[]): Signature | undefined {
  let k = lines.length - 1;
  for (let tail = 0; k >= 0 && tail < MAX_TAIL && isTailLine((lines[k] as TextLine).text); tail++)
    k--;
  const date = lines[k];
  const issuer = lines[k - 1];
  if (date !== undefined && !isDateLine(date.text)) {
    // A news page's 落款 without its date: the issuer's name alone on the last line, right after
    // a paragraph (`…同比增长8.2%。` / `某省交通运输厅`).
    return !date.table &&
      isBareHeading(date.text) &&
      isIssuer(date.text) &&
      issuer?.table === undefined &&
      /[。！？]$/.test(issuer?.text ?? "")
      ? { publisher: date }
      : undefined;
  }
  if (date === undefined || issuer === undefined) return undefined;
  const publishedOn = readFullDate(date.text);
  if (publishedOn === undefined || !isIssuer(issuer.text)) return undefined;
  return { publisher: issuer, publishedOn, date };
}

/** An issuer's name on a line of its own: an organisation's, no sentence or clause in it. */
const isIssuer = (name: string): boolean =>
  name.length <= MAX_ISSUER && !/[。；，：！？]/.test(name) && isOrg(name);
