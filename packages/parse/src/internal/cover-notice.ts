import { readFullDate } from "./read-date";
import { isAddressee, isOrg } from "./read-masthead";
import type { TextLine } from "./text-line";

/** What a cover notice over a document says of it: its title, and the notice's office and date. */
export interface CoverNotice {
  /** The document's title, as the notice names it in `《》`. */
  title: string;
  /** The issuing office's line under the notice, when printed. */
  publisher?: TextLine;
  /** The notice's date, `YYYY-MM-DD`, when its line is printed alone. */
  publishedOn?: string;
}

/** How far down the text a cover notice's addressees may stand (a page's leftover line above). */
const MAX_ADDRESSEE_LINE = 2;
/** Longest office line under the notice. */
const MAX_OFFICE = 30;

/**
 * The sentence that issues a document: its name in `《》`, then within its clause `印发给你们`
 * (`现将《某某规划》印发给你们`, `《政府工作报告》已经…审议通过，现印发给你们`, `现予印发`), or hands it down
 * (`现将《…》下发给你们`, `《…总结》和《…要点》已经…会议通过，现予以下发`: the last document named).
 */
const ISSUING =
  /《([^《》]{2,60})》[^。；《》]{0,40}?(?:印发给你们|现予印发|予以印发|印发你们|下发给你们|现予以?下发)/;

/**
 * A document printed under the notice that issues it (GB/T 9704's 印发通知), at the top of the text:
 * the addressees (`各乡镇人民政府，县政府各部门：`), the sentence issuing the document, then perhaps
 * the office's line and the date's line (and `（此件公开发布）`, which this does not read).
 *
 * The notice's lines stay in the text; this only reads what they say of the document.
 */
export function readCoverNotice(lines: readonly TextLine[]): CoverNotice | undefined {
  const at = lines.slice(0, MAX_ADDRESSEE_LINE + 1).findIndex((l) => isAddressee(l.text));
  if (at < 0) return undefined;
  const issuing = ISSUING.exec(lines[at + 1]?.text ?? "");
  if (issuing === null) return undefined;
  const notice: CoverNotice = { title: issuing[1] as string };
  let k = at + 2;
  const office = lines[k];
  if (office !== undefined && office.text.length <= MAX_OFFICE && isOrg(office.text)) {
    notice.publisher = office;
    k++;
  }
  const date = readFullDate(lines[k]?.text ?? "");
  if (date !== undefined) notice.publishedOn = date;
  return notice;
}
