import { readFileSync } from "node:fs";
import { officialStylesheet, renderHtml, renderMarkdown, renderText } from "@bulletin/render";
import { validateBulletin } from "@bulletin/schema";
import MarkdownIt from "markdown-it";
import { compare, target, writeResult } from "../lib/measure";

/**
 * renderHtml of the reference issue against markdown-it rendering renderMarkdown's output of
 * the same issue, in one run; plus the sizes of the official CSS and of each output.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const text = readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8");
  const { ok, bulletin } = validateBulletin(JSON.parse(text));
  if (!ok || bulletin === undefined) throw new Error("the reference issue must be valid");

  const markdown = renderMarkdown(bulletin);
  const md = new MarkdownIt();
  const [fragment, page, markdownIt, mdRender, txtRender] = compare([
    { name: "renderHtml (fragment)", fn: () => renderHtml(bulletin) },
    {
      name: "renderHtml (document, official theme)",
      fn: () => renderHtml(bulletin, { document: true }),
    },
    { name: "markdown-it render of renderMarkdown's output", fn: () => md.render(markdown) },
    { name: "renderMarkdown", fn: () => renderMarkdown(bulletin) },
    { name: "renderText", fn: () => renderText(bulletin) },
  ]);
  if (!fragment || !page || !markdownIt || !mdRender || !txtRender)
    throw new Error("missing results");
  const results = [fragment, page, markdownIt, mdRender, txtRender];
  for (const r of results) console.log(`${r.name}: ${r.opsPerSecond.toFixed(0)} ops/s`);

  const speedup = markdownIt.meanMicroseconds / fragment.meanMicroseconds;
  const documentSpeedup = markdownIt.meanMicroseconds / page.meanMicroseconds;
  const targets = [target("renderHtml speed / markdown-it speed", speedup, ">=", 10)];

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
    },
    bytes: sizes,
    targets,
  });
}
