import { readFullDate } from "./read-date";
import { isAddressee, isOrg } from "./read-masthead";
import type { TextLine } from "./text-line";

/** What a cover notice over a document says of it: its title, and the notice's office and date. */
export interface CoverNotice {
  /**
   * The document's title, as the notice names it in `《》`; absent where the notice printed its own
   * head over its addressees ({@link MAX_HEADED_ADDRESSEE_LINE}).
   */
  title?: string;
  /** The issuing office's line under the notice, when printed. */
  publisher?: TextLine;
  /** The notice's date, `YYYY-MM-DD`, when its line is printed alone. */
  publishedOn?: string;
}

/** How far down the text a cover notice's addressees may stand (a page's leftover line above). */
const MAX_ADDRESSEE_LINE = 2;
/**
 * How far down the addressees may stand under the notice's own head: a page's leftover line, the
 * notice's 文号, its office and its title broken over two lines (`图解：关于印发…`, `某府办发〔2023〕24号`,
 * `某区人民政府办公室`, `关于印发《…》和《…`, `…》的通知`). That head names the text, so the document's
 * title is not read there; the office and the date are.
 */
const MAX_HEADED_ADDRESSEE_LINE = 5;
/**
 * `…》的通知`: the end of a notice's own title, the line right over its addressees where the notice
 * printed its head ({@link MAX_HEADED_ADDRESSEE_LINE}); not a report's section (`二、通知`).
 */
const NOTICE_TITLE_END = /的通知$/;
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
  const at = lines.slice(0, MAX_HEADED_ADDRESSEE_LINE + 1).findIndex((l) => isAddressee(l.text));
  if (at < 0) return undefined;
  const headed = at > MAX_ADDRESSEE_LINE;
  if (headed && !NOTICE_TITLE_END.test(lines[at - 1]?.text ?? "")) return undefined;
  const issuing = ISSUING.exec(lines[at + 1]?.text ?? "");
  if (issuing === null) return undefined;
  const notice: CoverNotice = headed ? {} : { title: issuing[1] as string };
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
