import { isDateLine, isTailLine } from "./line-kinds";
import { readFullDate } from "./read-date";
import { isOrg } from "./read-masthead";
import type { TextLine } from "./repair-lines";

/** The 落款 at the end of a text: who issued it and when. */
export interface Signature {
  publisher: TextLine;
  publishedOn: string;
  date: TextLine;
}

/** Longest issuer line of a 落款. */
const MAX_ISSUER = 40;
/** How many lines of the 版记 (报：, 共印…) may follow the 落款. */
const MAX_TAIL = 8;

/**
 * The 落款 (GB/T 9704: the issuer's name over the date of writing) closing a text: an
 * organisation's name on a line of its own (`市“效能提升工程”领导小组办公室`), then a whole date
 * on the next (`2011年4月22日`), both after the last paragraph and before any 版记 lines.
 */
export function readSignature(lines: readonly TextLine[]): Signature | undefined {
  let k = lines.length - 1;
  for (let tail = 0; k >= 0 && tail < MAX_TAIL && isTailLine((lines[k] as TextLine).text); tail++)
    k--;
  const date = lines[k];
  const issuer = lines[k - 1];
  if (date === undefined || issuer === undefined || !isDateLine(date.text)) return undefined;
  const publishedOn = readFullDate(date.text);
  const name = issuer.text;
  if (
    publishedOn === undefined ||
    name.length > MAX_ISSUER ||
    /[。；，：！？]/.test(name) ||
    !isOrg(name)
  )
    return undefined;
  return { publisher: issuer, publishedOn, date };
}
