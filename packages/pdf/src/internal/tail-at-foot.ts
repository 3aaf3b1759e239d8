/**
 * The 版记 at the foot of the last page (GB/T 9704-2012: 版记 sits at the bottom of the last
 * page, its last line on the 版心's last line). Chromium's print has no page floats, so before
 * printing, the page is laid out as it prints (print media, the print area's width) in CSS
 * columns as tall as the print area: each column is a page, cut by the same fragmentation rules as print
 * (`break-inside: avoid` on the 版记, the headings' `break-after: avoid`, orphans and widows).
 * There the 版记's page and the room under it are measured, and an empty block as tall as that
 * room is put before it. A 版记 that does not fit under the last text is on a page of its own
 * already (the theme keeps it whole); the block, at that page's top, pushes it to the foot.
 * The columns are undone before printing; only the block stays.
 */

const px = (mm: number): number => (mm * 96) / 25.4;

/**
 * The page area Chromium prints the official theme in (A4, margins 37/26/35/28 mm), in CSS
 * pixels: Chromium rounds the page and each margin to whole pixels, so the 版心 of 156 × 225 mm
 * (589.6 × 850.4 px) prints in an area of 590 × 851 px. (Measured: a block kept whole still
 * fits on the page when it ends at 851.0 px.) `foot` is the 版心's foot, 225 mm down, where the
 * 22nd line ends.
 */
export const PRINT_AREA = {
  width: Math.round(px(210)) - Math.round(px(28)) - Math.round(px(26)),
  height: Math.round(px(297)) - Math.round(px(37)) - Math.round(px(35)),
  foot: px(225),
} as const;

/** What {@link placeTailAtFoot} did, for the caller's checks and tests. */
export interface TailPlacement {
  /** `placed`: at the foot of its page; `none`: the document has no 版记; `unplaced`: measured out of reach (taller than a page, or it would not settle), left in the flow. */
  result: "placed" | "none" | "unplaced";
  /** The page the 版记 is on, from 1. */
  page?: number;
  /** The room put above it, in millimetres. */
  spaceMm?: number;
}

/**
 * Runs in the page (through playwright's `evaluate`, which works with the page's own scripts
 * off). Self-contained: it is serialised and sent to the browser.
 */
export function placeTailAtFootInPage(area: {
  width: number;
  height: number;
  foot: number;
}): TailPlacement {
  const PX_PER_MM = 96 / 25.4;
  const tail = document.querySelector<HTMLElement>(".bulletin-distribution");
  if (tail === null) return { result: "none" };
  const body = document.body;
  const saved = body.getAttribute("style");
  const { width, height, foot } = area;
  body.style.cssText = `${saved ?? ""};margin:0;padding:0;width:${width}px;height:${height}px;column-width:${width}px;column-gap:0;column-fill:auto;overflow:visible`;
  const box = () => body.getBoundingClientRect();
  /** An element's page (from 0) and its top and bottom on that page, in px. */
  const place = (el: Element) => {
    const rects = el.getClientRects();
    const first = rects[0] ?? el.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const origin = box();
    return {
      page: Math.round((last.left - origin.left) / width),
      top: first.top - origin.top,
      bottom: last.bottom - origin.top,
      pieces: rects.length,
    };
  };
  const spacer = document.createElement("div");
  spacer.setAttribute("aria-hidden", "true");
  // Kept whole: at a page break it goes to the 版记's page with it.
  spacer.style.cssText = "display:block;margin:0;padding:0;border:0;break-inside:avoid;height:0";
  try {
    const first = place(tail);
    if (first.pieces !== 1) return { result: "unplaced" };
    // The page the flow gives the 版记 (margin included) is its page. From here the block
    // before it holds all the room above it, margin included: a margin at the top of a page is
    // dropped, a block's height is not.
    const target = first.page;
    const tailHeight = first.bottom - first.top;
    tail.before(spacer);
    tail.style.marginTop = "0";
    const start = place(spacer);
    // Under the text on the 版记's page, or (when the 版记 did not fit there) from the top of
    // its page, to which the block then moves whole.
    let space = Math.max(0, foot - tailHeight - (start.page === target ? start.top : 0));
    for (let step = 0; step < 4; step++) {
      spacer.style.height = `${space}px`;
      const now = place(tail);
      if (now.pieces !== 1) break;
      const room = foot - now.bottom;
      if (now.page === target && room > -0.5 && room < 0.5) {
        return { result: "placed", page: target + 1, spaceMm: space / PX_PER_MM };
      }
      space = now.page === target ? Math.max(0, space + room) : Math.max(0, space - 1);
    }
    spacer.remove();
    tail.style.marginTop = "";
    return { result: "unplaced" };
  } finally {
    if (saved === null) body.removeAttribute("style");
    else body.setAttribute("style", saved);
  }
}
