import { readFileSync } from "node:fs";
import { escapeHtml, layoutBulletin, renderHtml } from "@bulletin/render";
import { parseBulletin } from "@bulletin/schema";
import { arbitraryBulletin } from "@bulletin/testkit";
import fc from "fast-check";

const b = parseBulletin(
  JSON.parse(readFileSync("/work/wt/i11/examples/sichuan-window-monthly/issue-9.json", "utf8")),
);
const pool = [b, ...fc.sample(arbitraryBulletin(), { numRuns: 64, seed: 20261201 })];
const layouts = pool.map((x) => layoutBulletin(x));
const E: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const replays = pool.map((x) => {
  const parts = renderHtml(x)
    .split(/((?:<[^>]*>)+)/)
    .map((r, k) => (k % 2 ? r : r.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => E[e] ?? e)));
  return () => {
    let o = "";
    for (let k = 0; k < parts.length; k++) o += k % 2 ? parts[k] : escapeHtml(parts[k] as string);
    return o;
  };
});
let k = 0;
const next = () => (k = (k + 1) % pool.length);
function time(name: string, fn: () => unknown) {
  for (let i = 0; i < 3000; i++) fn();
  const res: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (let i = 0; i < 3000; i++) fn();
    res.push(((performance.now() - t) * 1000) / 3000);
  }
  res.sort((a, b) => a - b);
  console.log(name, res[2]!.toFixed(2), "µs");
  return res[2]!;
}
for (let round = 0; round < 2; round++) {
  const f = time("floor", () => replays[next()]!());
  const wr = time("writer", () => renderHtml(layouts[next()]!));
  const la = time("layout", () => layoutBulletin(pool[next()]!));
  console.log("writer/floor", (wr / f).toFixed(2), "layout/floor", (la / f).toFixed(2));
}
