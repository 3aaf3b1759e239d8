import { readFileSync } from "node:fs";
import {
  escapeHtml,
  officialStylesheet,
  renderHtml,
  renderMarkdown,
  renderText,
} from "@bulletin/render";
import { validateBulletin } from "@bulletin/schema";
import MarkdownIt from "markdown-it";
import { compare, target, writeResult } from "../lib/measure";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * A replay of finished HTML: its runs of markup between text, and its text runs with their
 * entities decoded, so that appending each markup run as it is and each text run through
 * `escapeHtml` writes the same HTML again. Markup that holds model text (attribute values)
 * counts as markup here, which only makes the replay faster.
 */
function replayOf(html: string): () => string {
  const runs = html.split(/((?:<[^>]*>)+)/);
  const parts = runs.map((run, k) =>
    k % 2 === 1 ? run : run.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e),
  );
  return () => {
    let out = "";
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k] as string;
      out += k % 2 === 1 ? part : escapeHtml(part);
    }
    return out;
  };
}

/**
 * renderHtml of the reference issue against markdown-it rendering renderMarkdown's output of
 * the same issue, in one run; plus the sizes of the official CSS and of each output.
 *
 * Also measured, as a floor: replaying renderHtml's finished output, that is appending its
 * markup runs as they are and escaping its text runs, with no walk over the model, no lookups
 * and no formatting. A renderer that escapes its text cannot beat that, so markdown-it's time
 * over the replay's bounds the ratio any such renderer can reach on this issue.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const text = readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8");
  const { ok, bulletin } = validateBulletin(JSON.parse(text));
  if (!ok || bulletin === undefined) throw new Error("the reference issue must be valid");

  const markdown = renderMarkdown(bulletin);
  const md = new MarkdownIt();
  const fragmentHtml = renderHtml(bulletin);
  const replay = replayOf(fragmentHtml);
  if (replay() !== fragmentHtml) throw new Error("the replay must write renderHtml's output");
  const [fragment, page, markdownIt, mdRender, txtRender, floor] = compare([
    { name: "renderHtml (fragment)", fn: () => renderHtml(bulletin) },
    {
      name: "renderHtml (document, official theme)",
      fn: () => renderHtml(bulletin, { document: true }),
    },
    { name: "markdown-it render of renderMarkdown's output", fn: () => md.render(markdown) },
    { name: "renderMarkdown", fn: () => renderMarkdown(bulletin) },
    { name: "renderText", fn: () => renderText(bulletin) },
    { name: "floor: replay of renderHtml's output (markup appended, text escaped)", fn: replay },
  ]);
  if (!fragment || !page || !markdownIt || !mdRender || !txtRender || !floor)
    throw new Error("missing results");
  const results = [fragment, page, markdownIt, mdRender, txtRender, floor];
  for (const r of results) console.log(`${r.name}: ${r.opsPerSecond.toFixed(0)} ops/s`);

  const speedup = markdownIt.meanMicroseconds / fragment.meanMicroseconds;
  const documentSpeedup = markdownIt.meanMicroseconds / page.meanMicroseconds;
  const floorSpeedup = markdownIt.meanMicroseconds / floor.meanMicroseconds;
  const targets = [
    target("renderHtml speed / markdown-it speed", speedup, ">=", 10),
    target("floor (output replay) speed / markdown-it speed", floorSpeedup, ">=", 10),
  ];

  const bytes = (s: string): number => Buffer.byteLength(s);
  const sizes = {
    officialCss: bytes(officialStylesheet),
    htmlFragment: bytes(renderHtml(bulletin)),
    htmlDocument: bytes(renderHtml(bulletin, { document: true })),
    markdown: bytes(markdown),
    markdownItHtml: bytes(md.render(markdown)),
    text: bytes(renderText(bulletin)),
  };
  for (const [name, n] of Object.entries(sizes)) console.log(`${name}: ${n} bytes`);

  writeResult("render", {
    input: { file: "examples/sichuan-window-monthly/issue-9.json", bytes: bytes(text) },
    results,
    ratios: {
      renderHtmlOverMarkdownIt: speedup,
      renderHtmlDocumentOverMarkdownIt: documentSpeedup,
      floorOverMarkdownIt: floorSpeedup,
      renderHtmlTimeOverFloor: fragment.meanMicroseconds / floor.meanMicroseconds,
    },
    floor: {
      runs: fragmentHtml.split(/((?:<[^>]*>)+)/).length,
      note: "renderHtml's finished fragment replayed: markup runs appended as they are, text runs through escapeHtml; no model walk, lookups or formatting. markdown-it time / replay time bounds what any renderer that escapes its text can reach.",
    },
    bytes: sizes,
    targets,
  });
}
