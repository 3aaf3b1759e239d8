import { spacedTailAt, type TextLine } from "./text-line";

/** A page's print link closing its headline: `列印` (Taiwan's word), `打印`, `友善列印`, `打印本页`. */
const PRINT_LINK = /(?:友善)?(?:列印|打印)(?:本[頁页])?$/;
/** Fewest characters of headline left before the link. */
const MIN_PRINTED_HEADLINE = 8;

/**
 * `某區公所辦理112年防災演練圓滿完成 列印`: a headline the page's print link closes, after a space the
 * repair dropped: where the headline ends (the link's index), or undefined. Near-miss: a headline whose
 * own last word is 打印, no space before it (`某市…证照自助打印`).
 */
export function printLinkAt(line: TextLine): number | undefined {
  const text = line.text;
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x5370 /* 印 */ && last !== 0x9801 /* 頁 */ && last !== 0x9875 /* 页 */)
    return undefined;
  return spacedTailAt(line, PRINT_LINK, MIN_PRINTED_HEADLINE);
}
