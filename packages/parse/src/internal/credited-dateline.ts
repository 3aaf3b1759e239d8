import { ATTRIBUTION, newsDateline } from "./page-foot";
import type { TextLine } from "./text-line";
import { simplified } from "./web-page";

/** A reporter's credit in brackets closing a dateline (`（记者 王某）`, `(記者王某 通讯员李某)`). */
const REPORTER_CREDIT_CLOSE = /[（(][^（()）]{0,6}?[记記]者[^（()）]{1,30}[）)]$/;

/**
 * `某某标题` / `全省规模以上工业增加值保持较快增长势头。` / `某某网南城9月12日电（记者 王某）记者从…获悉，…`: the
 * outlet of the dateline the body's second line opens with ({@link newsDateline}: an outlet's name,
 * perhaps its place and day, 讯 or 电) where the reporter's credit in brackets closes it, under one line
 * of any kind (a summary the page printed under its headline, a teaser), on a page whose headline the
 * parser took (`titled`): a report's own opening, as printed; else undefined. Not a reprint
 * (`据某某网…电`), a dateline with no reporter's credit, one further down the body, nor one under a
 * sentence with no headline over it (another report's end, or words a mirror ran in).
 *
 * @example
 * creditedDatelineUnderLine(body, true) // `某某网` for `…。` / `某某网南城9月12日电（记者 王某）前8个月…`
 */
export function creditedDatelineUnderLine(
  body: readonly TextLine[],
  titled: boolean,
): string | undefined {
  const line = body[1];
  if (!titled || line === undefined) return undefined;
  const head = simplified(line.text.slice(0, 60));
  const dateline = newsDateline(head);
  if (
    dateline?.outlet === undefined ||
    head.charCodeAt(0) === 0x636e /* 据 */ ||
    !REPORTER_CREDIT_CLOSE.test(head.slice(0, dateline.length)) ||
    ATTRIBUTION.test(head.slice(dateline.length))
  )
    return undefined;
  const at = dateline.outletAt ?? 0;
  return line.text.slice(at, at + dateline.outlet.length);
}
