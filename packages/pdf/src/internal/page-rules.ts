/**
 * The straight rules a page draws (table borders, the 版记's rules, a masthead rule), from
 * pdf.js's operator list: axis-aligned stroked lines, and filled rectangles thin enough to be
 * lines (Chromium draws each cell border as a filled 0.7 pt rectangle; LibreOffice strokes
 * lines). Coordinates are the page's display space in points, as {@link TextRun}s have them.
 */

/** A horizontal (`y0 === y1`) or vertical (`x0 === x1`) rule, `x0 ≤ x1`, `y0 ≤ y1`. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The operator numbers {@link rulesOf} looks at (pdf.js's `OPS`). */
export interface RuleOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

/** A filled rectangle at most this thick (points) is a rule; thicker ones are shading. */
const THIN = 2.5;
/** Rules shorter than this (points) are not table borders (marks, underlines of a glyph). */
const SHORT = 3;
/** Most path points looked at on a page (a hostile page may draw millions). */
const MAX_POINTS = 200_000;

const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  (m[0] * (n[0] ?? 1) + m[2] * (n[1] ?? 0)) as number,
  (m[1] * (n[0] ?? 1) + m[3] * (n[1] ?? 0)) as number,
  (m[0] * (n[2] ?? 0) + m[2] * (n[3] ?? 1)) as number,
  (m[1] * (n[2] ?? 0) + m[3] * (n[3] ?? 1)) as number,
  (m[0] * (n[4] ?? 0) + m[2] * (n[5] ?? 0) + m[4]) as number,
  (m[1] * (n[4] ?? 0) + m[3] * (n[5] ?? 0) + m[5]) as number,
];

/**
 * The rules drawn by an operator list (`fnArray`/`argsArray` of pdf.js's `getOperatorList`),
 * `base` being the viewport's transform. Curves, slanted lines, invisible paths (clips, `n`)
 * and shading rectangles are left out.
 */
export function rulesOf(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: RuleOps,
  base: readonly number[],
): Rule[] {
  const rules: Rule[] = [];
  let ctm: Matrix = [...base] as Matrix;
  const stack: Matrix[] = [];
  let points = 0;
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null | undefined;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(args)) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(ctm, Array.from(m as number[]));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const op = args[0] as number;
      const stroked = strokes.has(op);
      if (!stroked && !fills.has(op)) continue;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!(data instanceof Float32Array || Array.isArray(data))) continue;
      const path = data as ArrayLike<number>;
      points += path.length;
      if (points > MAX_POINTS) return rules;
      for (const sub of subpaths(path, ctm)) {
        if (stroked) lines(sub, rules);
        else thinRectangle(sub, rules);
      }
    }
  }
  return rules;
}

/** The subpaths of a pdf.js path (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4) in display space; a subpath with a curve is left out. */
function subpaths(path: ArrayLike<number>, m: Matrix): { x: number; y: number }[][] {
  const out: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  let curved = false;
  const end = (): void => {
    if (!curved && current.length > 1) out.push(current);
    current = [];
    curved = false;
  };
  const at = (x: number, y: number) => ({
    x: m[0] * x + m[2] * y + m[4],
    y: m[1] * x + m[3] * y + m[5],
  });
  for (let i = 0; i < path.length; ) {
    const code = path[i];
    if (code === 0) {
      end();
      current.push(at(path[i + 1] as number, path[i + 2] as number));
      i += 3;
    } else if (code === 1) {
      current.push(at(path[i + 1] as number, path[i + 2] as number));
      i += 3;
    } else if (code === 2) {
      curved = true;
      i += 7;
    } else if (code === 3) {
      curved = true;
      i += 5;
    } else if (code === 4) {
      const first = current[0];
      if (first) current.push(first);
      end();
      i += 1;
    } else break;
  }
  end();
  return out;
}

/** Each horizontal or vertical piece of a stroked subpath. */
function lines(points: { x: number; y: number }[], rules: Rule[]): void {
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as { x: number; y: number };
    const b = points[k] as { x: number; y: number };
    push(a.x, a.y, b.x, b.y, rules);
  }
}

/** A filled rectangle thin in one direction, as the rule along its middle. */
function thinRectangle(points: { x: number; y: number }[], rules: Rule[]): void {
  if (points.length < 4 || points.length > 5) return;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  // Axis-aligned: every corner on the box.
  for (const p of points) {
    const onX = Math.abs(p.x - x0) < 0.01 || Math.abs(p.x - x1) < 0.01;
    const onY = Math.abs(p.y - y0) < 0.01 || Math.abs(p.y - y1) < 0.01;
    if (!onX || !onY) return;
  }
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= THIN && w > h) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, rules);
  else if (w <= THIN && h > w) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, rules);
}

function push(ax: number, ay: number, bx: number, by: number, rules: Rule[]): void {
  if (![ax, ay, bx, by].every(Number.isFinite)) return;
  const horizontal = Math.abs(ay - by) < 0.01;
  const vertical = Math.abs(ax - bx) < 0.01;
  if (horizontal === vertical) return;
  const length = horizontal ? Math.abs(bx - ax) : Math.abs(by - ay);
  if (length < SHORT) return;
  rules.push(
    horizontal
      ? { x0: Math.min(ax, bx), y0: ay, x1: Math.max(ax, bx), y1: ay }
      : { x0: ax, y0: Math.min(ay, by), x1: ax, y1: Math.max(ay, by) },
  );
}
