import {
  type Components,
  defaultComponents,
  html,
  layoutBulletin,
  officialStylesheet,
  RenderError,
  renderHtml,
  renderJsonLd,
  renderText,
} from "@bulletin/render";
import type { Bulletin, Paragraph } from "@bulletin/schema";
import { arbitraryBulletin, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { type DefaultTreeAdapterMap, parse, parseFragment } from "parse5";
import { describe, expect, test, vi } from "vitest";
import { issue9, tablesOf, textBlocksWith, tiny, withHostileText } from "./fixtures";

// Property tests over hundreds of generated bulletins: on a shared, loaded machine they take
// longer than the default 30 s.
vi.setConfig({ testTimeout: 180_000 });

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** The attributes the renderer writes, per element. */
const ALLOWED: Record<string, readonly string[]> = {
  html: ["lang"],
  head: [],
  body: ["class"],
  meta: ["charset", "name", "content", "http-equiv"],
  title: [],
  style: [],
  script: ["type"],
  article: ["class", "lang"],
  header: ["class"],
  footer: ["class"],
  section: ["class", "id"],
  div: ["class", "id"],
  h1: ["class"],
  h2: [],
  p: ["class", "data-role"],
  span: ["class"],
  strong: ["class"],
  time: ["class", "datetime"],
  data: ["class", "value", "title"],
  abbr: ["class", "title"],
  cite: ["class"],
  em: [],
};

function elements(node: Node, out: Element[] = []): Element[] {
  if ("tagName" in node) out.push(node);
  if ("childNodes" in node) for (const child of node.childNodes) elements(child, out);
  if ("content" in node && node.content) elements(node.content as Node, out);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if (!("childNodes" in node)) return "";
  return node.childNodes.map(textOf).join("");
}

/** Fails when the HTML holds an element or attribute that the renderer does not create. */
function expectOnlyRendererMarkup(root: Node, bulletin: Bulletin): void {
  // Checked in plain code and asserted once: an expect() per element and attribute cost most of
  // the time of the property below (tens of thousands of calls a run).
  const found: string[] = [];
  let jsonLd: unknown;
  for (const el of elements(root)) {
    const allowed = ALLOWED[el.tagName];
    if (allowed === undefined) {
      found.push(`element <${el.tagName}>`);
      continue;
    }
    for (const attr of el.attrs)
      if (!allowed.includes(attr.name)) found.push(`attribute ${attr.name} on <${el.tagName}>`);
    if (el.tagName === "script") {
      const [only, ...more] = el.attrs;
      if (more.length > 0 || only?.name !== "type" || only.value !== "application/ld+json")
        found.push(`script attributes ${JSON.stringify(el.attrs)}`);
      jsonLd ??= JSON.parse(renderJsonLd(bulletin));
      expect(JSON.parse(textOf(el))).toEqual(jsonLd);
    }
  }
  expect(found).toEqual([]);
}

/** The text of each block element (h1, p, h2) in order, as renderText lays the blocks out. */
function blockTexts(fragment: string): string[] {
  return elements(parseFragment(fragment))
    .filter((el) => el.tagName === "h1" || el.tagName === "h2" || el.tagName === "p")
    .map(textOf);
}

describe("renderHtml", () => {
  test("renderHtml: renders the reference issue as a semantic fragment", async () => {
    await expect(renderHtml(issue9())).toMatchFileSnapshot("__snapshots__/issue-9.html");
  });

  test("renderHtml: the fragment holds the text of renderText, block by block", () => {
    const b = issue9();
    const [title, number, publisher, date, ...rest] = renderText(b).trimEnd().split("\n\n");
    expect(blockTexts(renderHtml(b))).toEqual([title, number, `${publisher} ${date}`, ...rest]);
  });

  test("renderHtml: the fragment holds the model's text for any valid bulletin", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (b) => {
        // A table's paragraphs are its notes; its caption and cells are checked below.
        const [title, number, publisher, date, ...rest] = textBlocksWith(b, (table) =>
          table.notes.map((note) => note.map((run) => run.text).join("")),
        );
        const fragment = renderHtml(b);
        expect(blockTexts(fragment)).toEqual([title, number, `${publisher} ${date}`, ...rest]);
        const cells = elements(parseFragment(fragment))
          .filter((el) => el.tagName === "th" || el.tagName === "td")
          .map(textOf);
        const layout = tablesOf(layoutBulletin(b));
        expect(cells).toEqual(
          layout.flatMap((t) => [...t.head, ...t.rows].flat().map((c) => c.text)),
        );
      }),
      { numRuns: 150 },
    );
    // Tables make the pages longer; on a shared machine this takes more than the default 30 s.
  }, 120_000);

  test("renderHtml: marks up dates with <time datetime>, metrics with <data value>, short names with <abbr title>", () => {
    const out = renderHtml(issue9());
    expect(out).toContain('<time datetime="2025-09-16">9月16日—18日</time>，');
    expect(out).toContain('<time datetime="2025-09">9月下旬</time>，');
    expect(out).toContain(
      '<data class="bulletin-metric" value="58800" title="省本级办理政务服务事项">5.88万件</data>',
    );
    expect(out).toContain(
      '<abbr class="bulletin-department" title="四川省林业和草原局">省林草局</abbr>',
    );
    expect(out).toContain('<span class="bulletin-department">达州市林业局</span>');
    expect(out).toContain('<cite class="bulletin-work">《窗伤》</cite>');
    expect(out).toContain("推进“一网通办”提质");
    expect(out).toContain(
      '<strong class="bulletin-item-heading"><span class="bulletin-marker">（一）</span>数字政府项目建设。</strong>持续完善',
    );
    expect(out).toContain(
      '<section class="bulletin-section" id="overview"><h2><span class="bulletin-marker">一、</span>2025年9月总体运行情况</h2><div class="bulletin-item"><p><time',
    );
  });

  test("renderHtml: writes a whole UTF-8 page with the official stylesheet and the JSON-LD", () => {
    const b = issue9();
    const page = renderHtml(b, { document: true });
    expect(
      page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(page).toContain(`<style>\n${officialStylesheet}</style>`);
    expect(page).toContain("<title>政务窗口月报 第9期</title>");
    expect(page).toContain(`<body class="bulletin-page">\n${renderHtml(b)}\n</body>`);
    expectOnlyRendererMarkup(parse(page), b);
  });

  test("renderHtml: themes choose the stylesheet: official, plain or none", () => {
    const b = tiny();
    const plain = renderHtml(b, { document: true, theme: "plain" });
    expect(plain).toContain("<style>");
    expect(plain).not.toContain(officialStylesheet);
    expect(renderHtml(b, { document: true, theme: "none" })).not.toContain("<style>");
    expect(renderHtml(b, { theme: "official" })).not.toContain("<style>");
    expect(() => renderHtml(b, { theme: "red" as "plain" })).toThrowError(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });

  test("renderHtml: sets lang on the page and the article, escaped", () => {
    const page = renderHtml(tiny(), { document: true, lang: 'en"><script>' });
    expect(page).toContain('<html lang="en&quot;&gt;&lt;script&gt;">');
    expect(page).toContain('<article class="bulletin" lang="en&quot;&gt;&lt;script&gt;">');
  });

  test("renderHtml: writes the 报/发 lines and 共印N份 in a footer", () => {
    const b = issue9();
    b.issue.copies = 80;
    const out = renderHtml(b);
    expect(out).toContain(
      '<footer class="bulletin-distribution"><p class="bulletin-distribution-line" data-role="reportTo"><span class="bulletin-distribution-label">报：</span>省政务管理办公室、省级相关部门（单位）、省中心领导。</p>',
    );
    expect(out.endsWith('<p class="bulletin-copies">共印80份</p></footer></article>')).toBe(true);
  });

  test("renderHtml: a replaced component gets its layout node, the context and render, the others stay", () => {
    const seen: string[] = [];
    const components: Partial<Components> = {
      metric: ({ node, context, render }) => {
        seen.push(`${node.metric.id}=${node.text}/${node.metric.value}/${context.lang}`);
        return html`<b data-ref="${node.metric.id}">${render()}</b>`;
      },
      item: ({ node, context, render }) =>
        html`<li data-n="${context.section.index}.${node.index}">${render()}</li>`,
    };
    const out = renderHtml(issue9(), { components });
    expect(seen[0]).toBe("provincial-services-handled=5.88万件/58800/zh-CN");
    expect(out).toContain('<b data-ref="onsite-consultations">5053人/次</b>');
    expect(out).toContain(
      '<li data-n="2.1"><p><span class="bulletin-marker">（一）</span><time datetime="2025-09-08">9月8日</time>，',
    );
    expect(out).toContain(
      '<abbr class="bulletin-department" title="四川省林业和草原局">省林草局</abbr>',
    );
  });

  test("renderHtml: a component can wrap the default renderer", () => {
    const out = renderHtml(tiny(), {
      components: { metric: (props) => html`<mark>${defaultComponents.metric(props)}</mark>` },
    });
    expect(out).toContain(
      '<mark><data class="bulletin-metric" value="58800" title="受理件数">5.88万件</data></mark>',
    );
  });

  test("renderHtml: text a component gets from render or context stays escaped", () => {
    const b = tiny({
      departments: [{ id: "d1", name: "<img src=x onerror=alert(1)>", shortName: '"><script>' }],
    });
    (b.sections[0]?.items[0]?.body[0] as Paragraph | undefined)?.push({
      type: "department",
      ref: "d1",
    });
    const out = renderHtml(b, {
      components: {
        department: ({ node, render }) =>
          html`<i title="${node.department.name}">${render()}|${node.text}</i>`,
      },
    });
    expect(out).toContain(
      '<i title="&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;script&gt;|&quot;&gt;&lt;script&gt;</i>',
    );
  });

  test("renderHtml: a component that returns a plain string fails with RenderError invalid-component-output", () => {
    const components = { metric: () => "<b>5.88万件</b>" } as unknown as Partial<Components>;
    expect(() => renderHtml(tiny(), { components })).toThrowError(RenderError);
    expect(() => renderHtml(tiny(), { components })).toThrowError(
      expect.objectContaining({ code: "invalid-component-output" }),
    );
  });

  // Two tests of 200 cases each (one test of both took 15–39 s on 2 busy cores, past the timeout).
  test.each([
    ["a fragment", (b: Bulletin): Node => parseFragment(renderHtml(b))],
    ["a whole page", (b: Bulletin): Node => parse(renderHtml(b, { document: true }))],
  ])("renderHtml: hostile text never creates an element or attribute in %s (parse5)", (_, read) => {
    fc.assert(
      fc.property(
        arbitraryBulletin(),
        fc.array(hostileString(), { minLength: 1, maxLength: 20 }),
        (b, hostile) => {
          const bad = withHostileText(b, hostile);
          expectOnlyRendererMarkup(read(bad), bad);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("renderHtml: hostile text comes back as the same text", () => {
    fc.assert(
      fc.property(
        arbitraryBulletin(),
        // HTML parsing turns NUL into U+FFFD and CR into LF; the rest comes back exactly.
        fc.array(
          hostileString().filter((s) => !/[\0\r]/.test(s)),
          { minLength: 1, maxLength: 20 },
        ),
        (b, hostile) => {
          const bad = withHostileText(b, hostile);
          const lineBreaks = /\r\n?|[\n\u2028\u2029]/g;
          const [title, number, publisher, date, ...rest] = renderText(bad).trimEnd().split("\n\n");
          const read = blockTexts(renderHtml(bad)).map((t) => t.replace(lineBreaks, " "));
          expect(read).toEqual([title, number, `${publisher} ${date}`, ...rest]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
