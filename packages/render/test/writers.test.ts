import { readFileSync } from "node:fs";
import {
  type BulletinLayout,
  layoutBulletin,
  RenderError,
  renderHtml,
  renderJsonLd,
  renderMarkdown,
  renderText,
} from "@bulletin/render";
import { describe, expect, test } from "vitest";
import { issue9 } from "./fixtures";

/** A small layout written by hand: a note, a section of two items, every run kind, the tail. */
function layout(): BulletinLayout {
  return {
    kind: "bulletin-layout",
    referenceYear: 2025,
    masthead: {
      kind: "masthead",
      title: "工作简报",
      publisher: { name: "某某局办公室" },
      number: { text: "第3期", number: 3 },
      publishedOn: { text: "2025年3月5日", date: "2025-03-05" },
    },
    sections: [
      {
        kind: "note",
        index: 1,
        title: "编者按",
        items: [
          {
            kind: "item",
            index: 1,
            departments: [],
            blocks: [
              {
                kind: "paragraph",
                index: 1,
                lead: { kind: "lead", label: { text: "编者按", end: "：" } },
                runs: [{ kind: "text", text: "现通报如下。" }],
              },
            ],
          },
        ],
      },
      {
        kind: "section",
        id: "s1",
        index: 2,
        number: 1,
        marker: "一、",
        title: "工作动态",
        runningText: false,
        items: [
          {
            kind: "item",
            index: 1,
            departments: [],
            blocks: [
              {
                kind: "paragraph",
                index: 1,
                lead: {
                  kind: "lead",
                  marker: "（一）",
                  title: { text: "要闻", end: "。" },
                  date: {
                    run: {
                      kind: "date",
                      text: "3月1日",
                      span: { kind: "day", date: "2025-03-01" },
                      datetime: "2025-03-01",
                    },
                    end: "，",
                  },
                },
                runs: [
                  {
                    kind: "department",
                    text: "商务厅",
                    department: { id: "d1", name: "四川省商务厅" },
                  },
                  { kind: "text", text: "受理" },
                  {
                    kind: "metric",
                    text: "5.88万件",
                    metric: { id: "m1", label: "受理件数", value: 58800, unit: "件" },
                  },
                  { kind: "text", text: "，印发" },
                  { kind: "title", text: "《通知》", content: "通知" },
                  { kind: "text", text: "，推进" },
                  { kind: "quote", text: "“一网通办”", content: "一网通办" },
                  { kind: "emphasis", text: "提质" },
                  { kind: "emphasis", text: "增效" },
                  { kind: "text", text: "。" },
                ],
              },
              { kind: "paragraph", index: 2, runs: [{ kind: "text", text: "二段 <b>。" }] },
            ],
          },
          {
            kind: "item",
            id: "i2",
            index: 2,
            departments: [],
            blocks: [
              {
                kind: "paragraph",
                index: 1,
                lead: { kind: "lead", marker: "（二）", title: { text: "其他", end: "。" } },
                runs: [],
              },
            ],
          },
        ],
      },
    ],
    tail: {
      kind: "tail",
      lines: [{ role: "reportTo", label: "报", entries: ["甲", "乙"], text: "甲、乙。" }],
      copies: { text: "共印80份", count: 80 },
    },
  };
}

describe("writers on a layout", () => {
  test("renderText: writes a hand-built layout", () => {
    expect(renderText(layout())).toBe(
      [
        "工作简报",
        "第3期",
        "某某局办公室",
        "2025年3月5日",
        "编者按：现通报如下。",
        "一、工作动态",
        "（一）要闻。3月1日，商务厅受理5.88万件，印发《通知》，推进“一网通办”提质增效。",
        "二段 <b>。",
        "（二）其他。",
        "报：甲、乙。",
        "共印80份\n",
      ].join("\n\n"),
    );
  });

  test("renderMarkdown: writes a hand-built layout", () => {
    expect(renderMarkdown(layout())).toBe(
      [
        "# 工作简报",
        "第3期",
        "某某局办公室",
        "2025年3月5日",
        "---",
        "**编者按**：现通报如下。",
        "## 一、工作动态",
        "（一）**要闻**。3月1日，商务厅受理5.88万件，印发《通知》，推进“一网通办”*提质增效*。",
        "二段 \\<b\\>。",
        "（二）**其他**。",
        "---",
        "报：甲、乙。",
        "共印80份\n",
      ].join("\n\n"),
    );
  });

  test("renderHtml: writes a hand-built layout", () => {
    expect(renderHtml(layout())).toBe(
      '<article class="bulletin" lang="zh-CN"><header class="bulletin-masthead"><h1 class="bulletin-title">工作简报</h1><p class="bulletin-number">第3期</p><p class="bulletin-imprint"><span class="bulletin-publisher">某某局办公室</span> <time class="bulletin-date" datetime="2025-03-05">2025年3月5日</time></p></header>' +
        '<section class="bulletin-section bulletin-note"><div class="bulletin-item"><p><strong class="bulletin-note-label">编者按：</strong>现通报如下。</p></div></section>' +
        '<section class="bulletin-section" id="s1"><h2><span class="bulletin-marker">一、</span>工作动态</h2>' +
        '<div class="bulletin-item"><p><strong class="bulletin-item-heading"><span class="bulletin-marker">（一）</span>要闻。</strong><time datetime="2025-03-01">3月1日</time>，' +
        '<abbr class="bulletin-department" title="四川省商务厅">商务厅</abbr>受理<data class="bulletin-metric" value="58800" title="受理件数">5.88万件</data>，印发<cite class="bulletin-work">《通知》</cite>，推进“一网通办”<em>提质</em><em>增效</em>。</p><p>二段 &lt;b&gt;。</p></div>' +
        '<div class="bulletin-item" id="i2"><p><strong class="bulletin-item-heading"><span class="bulletin-marker">（二）</span>其他。</strong></p></div></section>' +
        '<footer class="bulletin-distribution"><p class="bulletin-distribution-line" data-role="reportTo"><span class="bulletin-distribution-label">报：</span>甲、乙。</p><p class="bulletin-copies">共印80份</p></footer></article>',
    );
  });

  test("writers: a bulletin and its layout write the same", () => {
    const b = issue9();
    const l = layoutBulletin(b);
    expect(renderText(l)).toBe(renderText(b));
    expect(renderMarkdown(l)).toBe(renderMarkdown(b));
    expect(renderHtml(l, { document: true })).toBe(renderHtml(b, { document: true }));
    expect(renderJsonLd(l)).toBe(renderJsonLd(b));
    const chinese = layoutBulletin(b, { dateStyle: "chinese" });
    expect(renderText(chinese)).toBe(renderText(b, { dateStyle: "chinese" }));
  });

  test("writers: dateStyle with a layout is a RenderError invalid-option (the layout is made already)", () => {
    for (const write of [renderText, renderMarkdown, renderHtml]) {
      expect(() => write(layout(), { dateStyle: "chinese" })).toThrowError(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });

  test('writers and layoutBulletin: an unknown locale is a RenderError invalid-option at ["locale"], never a silent zh-CN', () => {
    const calls: (() => unknown)[] = [
      () => layoutBulletin(issue9(), { locale: "fr" as "en" }),
      () => renderText(issue9(), { locale: "zh-TW" as "en" }),
      () => renderMarkdown(issue9(), { locale: "EN" as "en" }),
      () => renderHtml(issue9(), { locale: "" as "en" }),
      () => renderHtml(layout(), { locale: "de" as "en", document: true }),
    ];
    for (const call of calls) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RenderError);
      expect(error).toMatchObject({ code: "invalid-option", path: ["locale"] });
      expect((error as RenderError).message).toContain("locale");
    }
    // The two locales the toolkit writes are accepted.
    for (const locale of ["zh-CN", "en"] as const) {
      expect(renderText(issue9(), { locale })).toBe(renderText(issue9()));
    }
  });

  test("writers: none imports @bulletin/format or reads the bulletin; each walks the layout", () => {
    const files = [
      "render-text.ts",
      "render-markdown.ts",
      "render-html.ts",
      "render-json-ld.ts",
      "components.ts",
      "internal/markup.ts",
      "internal/escape-markdown.ts",
      "internal/html-sink.ts",
    ];
    for (const file of files) {
      const source = readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8");
      expect(source, file).not.toMatch(/from "@bulletin\/format"/);
      // The schema only as the type of the input a writer lays out first.
      for (const line of source.split("\n").filter((l) => l.includes('"@bulletin/schema"')))
        expect(line, file).toBe('import type { Bulletin } from "@bulletin/schema";');
      expect(source, file).not.toMatch(/\bbulletin\.(sections|issue|metrics|departments)\b/);
    }
  });
});
