import { isNamedOutlet } from "./page-foot";
import { isOrg } from "./read-masthead";
import { printedSpacing, type TextLine } from "./text-line";
import { simplified } from "./web-page";

/** How much of a lede's opening the printed spacing is read over. */
const HEAD = 40;

/**
 * `消息来源：某某证券报 据…，…。`, `消息来源:某某证券报 某某证券网讯 …`: a news report's lede (a line of
 * sentences, forty characters or more) opening with its source's label (`消息来源`, `新闻来源`), the
 * source's name (two to twenty Han characters, an outlet's or an office's) and the space
 * the page printed after it (the repair took it out: read from the input's offsets), the report
 * after: group 1 the name. Near-misses: a name run on into the report with no space, a name that
 * is no outlet's or office's, a line of no sentences (a page's field line, read elsewhere).
 */
const LABELLED_LEDE_SOURCE = /^(?:消息来源|新闻来源)[：:]\s*([\u4e00-\u9fff]{2,20}) /;

/** Lines from the body's top the lede may stand on (under a headline or a page's line the parser kept). */
const MAX_LEDE_LINE = 2;

/**
 * The source a {@link LABELLED_LEDE_SOURCE} lede among the body's first lines names, as printed;
 * else undefined.
 *
 * @example
 * labelledLedeSource(body) // `某某证券报` for `某某要闻` / `消息来源:某某证券报 据某市统计局7月20日消息,…。`
 */
export function labelledLedeSource(body: readonly TextLine[]): string | undefined {
  for (const line of body.slice(0, MAX_LEDE_LINE)) {
    const name = ledeSource(line);
    if (name !== undefined) return name;
  }
  return undefined;
}

function ledeSource(line: TextLine): string | undefined {
  if (line.text.length < 40 || !/[。；]/.test(line.text)) return undefined;
  const first = line.text.charCodeAt(0);
  if (first !== 0x6d88 /* 消 */ && first !== 0x65b0 /* 新 */) return undefined;
  const m = LABELLED_LEDE_SOURCE.exec(printedSpacing(line, 0, HEAD));
  const name = m?.[1];
  if (m === null || name === undefined) return undefined;
  const simple = simplified(name);
  return isNamedOutlet(simple) || isOrg(simple) ? name : undefined;
}
