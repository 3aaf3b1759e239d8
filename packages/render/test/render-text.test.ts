import {
  defaultComponents,
  RenderError,
  renderHtml,
  renderMarkdown,
  renderText,
} from "@bulletin/render";
import { describe, expect, test } from "vitest";
import { issue9, tiny } from "./fixtures";

describe("renderText", () => {
  test("renderText: lays out the reference issue as the official plain text", async () => {
    await expect(renderText(issue9())).toMatchFileSnapshot("__snapshots__/issue-9.txt");
  });

  test("renderText: writes the masthead as title, 第N期, publisher and date, one block a line", () => {
    const blocks = renderText(issue9()).split("\n\n");
    expect(blocks.slice(0, 5)).toEqual([
      "政务窗口月报",
      "第9期",
      "四川省政府政务服务和公共资源交易服务中心",
      "2025年11月10日",
      "一、2025年9月总体运行情况",
    ]);
  });

  test("renderText: writes a section of running text without the （一） marker", () => {
    const blocks = renderText(issue9()).split("\n\n");
    expect(blocks[5]?.startsWith("9月，省本级办理政务服务事项5.88万件。")).toBe(true);
  });

  test("renderText: writes an item as marker + date span + ， + body", () => {
    const blocks = renderText(issue9()).split("\n\n");
    expect(blocks.some((b) => b.startsWith("（一）9月16日—18日，省林草局窗口派出工作组"))).toBe(
      true,
    );
    expect(
      blocks.some((b) => b.startsWith("（五）9月下旬，省市场监管局正式启动“天府市场监管智能体”")),
    ).toBe(true);
  });

  test("renderText: writes a titled item as marker + title + 。 + body", () => {
    expect(renderText(issue9())).toContain("\n\n（一）数字政府项目建设。持续完善项目初步设计。");
  });

  test("renderText: joins 报/发 entries with 、, or with ， when an entry holds a 、, and ends each list with 。", () => {
    const text = renderText(issue9());
    expect(
      text.endsWith(
        "报：省政务管理办公室、省级相关部门（单位）、省中心领导。\n\n发：省级相关部门（单位）窗口，省直部门办事大厅，省中心各处（室）、直属单位。\n",
      ),
    ).toBe(true);
  });

  test("renderText: writes 报 送 发 抄送 in that order and 共印N份 last", () => {
    const b = tiny({
      distribution: { copyTo: ["丁"], issueTo: ["丙"], sendTo: ["乙"], reportTo: ["甲"] },
    });
    b.issue.copies = 120;
    expect(renderText(b).split("\n\n").slice(-5)).toEqual([
      "报：甲。",
      "送：乙。",
      "发：丙。",
      "抄送：丁。",
      "共印120份\n",
    ]);
  });

  test("renderText: numbers sections 一、二、… and items （一）（二）… by position", () => {
    const b = tiny({
      sections: [
        { title: "甲", items: [{ body: [["一段。"]] }] },
        {
          title: "乙",
          items: [{ title: "子", body: [["二段。"]] }, { body: [["三段。"], ["四段。"]] }],
        },
      ],
    });
    expect(renderText(b).split("\n\n").slice(4)).toEqual([
      "一、甲",
      "一段。",
      "二、乙",
      "（一）子。二段。",
      "（二）三段。",
      "四段。\n",
    ]);
  });

  test("renderText: keeps the （一） marker for a lone item that names departments", () => {
    const b = tiny({
      sections: [{ title: "甲", items: [{ departmentRefs: ["d1"], body: [["一段。"]] }] }],
    });
    expect(renderText(b)).toContain("\n\n（一）一段。");
  });

  test("renderText: writes inlines from the model: metric, department, date, 《title》, “quote”, emphasis", () => {
    const b = tiny({
      sections: [
        {
          title: "甲",
          items: [
            {
              body: [
                [
                  {
                    type: "date",
                    value: { kind: "range", start: "2025-12-30", end: "2026-01-02" },
                  },
                  "，",
                  { type: "department", ref: "d1" },
                  { type: "department", ref: "d1", text: "省商务厅" },
                  { type: "metric", ref: "m1" },
                  { type: "title", text: "通知" },
                  { type: "quote", text: "一网通办" },
                  { type: "emphasis", text: "重点" },
                ],
              ],
            },
          ],
        },
      ],
    });
    expect(renderText(b)).toContain(
      "\n2025年12月30日—2026年1月2日，商务厅省商务厅5.88万件《通知》“一网通办”重点\n",
    );
  });

  test("every writer prints a metric inline's text as printed (`四千億元`), the value staying in the metric", () => {
    const b = tiny({
      sections: [
        {
          title: "甲",
          items: [
            {
              body: [
                [
                  "金额达",
                  { type: "metric", ref: "m1", text: "五万八千八百件" },
                  "，另有",
                  { type: "metric", ref: "m1" },
                  "。",
                ],
              ],
            },
          ],
        },
      ],
    });
    const line = "金额达五万八千八百件，另有5.88万件。";
    expect(renderText(b)).toContain(line);
    expect(renderMarkdown(b)).toContain(line);
    expect(renderHtml(b)).toMatch(/金额达<data[^>]*value="58800"[^>]*>五万八千八百件<\/data>/);
  });

  test("renderText: writes 总第N期 and the older date style on request", () => {
    const b = tiny();
    b.issue.totalNumber = 123;
    const blocks = renderText(b, { dateStyle: "chinese", newline: "\r\n" }).split("\r\n\r\n");
    expect(blocks.slice(1, 4)).toEqual([
      "2025年第3期（总第123期）",
      "某某局办公室",
      "二〇二五年三月五日",
    ]);
  });

  test("renderText: writes the issue's year before its number only when the model has one", () => {
    const numbered = tiny();
    numbered.issue.year = 2026;
    expect(renderText(numbered).split("\n\n")[1]).toBe("2026年第3期");
    const plain = tiny();
    delete plain.issue.year;
    expect(renderText(plain).split("\n\n")[1]).toBe("第3期");
    // Dates still print against the issue date's year.
    expect(renderHtml(plain)).toContain('<p class="bulletin-number">第3期</p>');
  });

  test("renderText: keeps each paragraph on one line when model text holds line breaks", () => {
    const b = tiny({ sections: [{ title: "甲\n乙", items: [{ body: [["一\r\n二\n三"]] }] }] });
    expect(renderText(b)).toContain("\n\n一、甲 乙\n\n一 二 三\n");
  });

  test("renderText: throws RenderError with code and path for a metric that does not exist", () => {
    const b = tiny({
      sections: [{ title: "甲", items: [{ body: [["共", { type: "metric", ref: "nope" }]] }] }],
    });
    expect(() => renderText(b)).toThrowError(RenderError);
    try {
      renderText(b, { locale: "en" });
    } catch (error) {
      expect(error).toMatchObject({
        name: "RenderError",
        code: "unresolved-metric-ref",
        path: ["sections", 0, "items", 0, "body", 0, 1],
      });
      expect((error as Error).message).toMatchInlineSnapshot(
        `"\`sections[0].items[0].body[0][1]\` names metric "nope", which \`metrics\` does not have"`,
      );
    }
  });

  test("renderText: throws RenderError invalid-value (with the format error as cause) for an impossible date", () => {
    const b = tiny({
      sections: [
        { title: "甲", items: [{ date: { kind: "day", date: "2025-02-30" }, body: [["一段。"]] }] },
      ],
    });
    expect(() => renderText(b)).toThrowError(
      expect.objectContaining({
        code: "invalid-value",
        path: ["sections", 0, "items", 0, "date"],
        cause: expect.any(Error),
      }),
    );
  });

  test("renderText: writes a formatter's refusal in the caller's locale, zh-CN by default", () => {
    const b = tiny({
      sections: [
        { title: "甲", items: [{ date: { kind: "day", date: "2025-02-30" }, body: [["一段。"]] }] },
      ],
    });
    const message = (locale?: "en" | "zh-CN"): string => {
      try {
        renderText(b, locale === undefined ? {} : { locale });
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    };
    expect(message()).toBe(
      '`sections[0].items[0].date` 的值无法写出：formatDateSpan：不是真实的日期（invalid-date）：应为真实存在的日期（YYYY-MM-DD），实际为 "2025-02-30"',
    );
    expect(message("zh-CN")).toBe(message());
    expect(message("en")).toBe(
      '`sections[0].items[0].date` cannot be written: formatDateSpan failed (invalid-date): expected a real date YYYY-MM-DD, got "2025-02-30"',
    );
  });

  test("renderText: rejects an unknown option with RenderError invalid-option", () => {
    expect(() => renderText(tiny(), { dateStyle: "roman" as "arabic" })).toThrowError(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });
});

describe("renderText metrics", () => {
  test("renderText: writes a metric with the decimals it was reported with (5.80万件, not 5.8万件)", () => {
    const b = issue9();
    b.metrics[0]!.value = 58000; // reported as 5.80万件: display.fractionDigits is 2
    expect(renderText(b)).toContain("省本级办理政务服务事项5.80万件。");
    delete b.metrics[0]!.display!.fractionDigits; // no reported precision: trailing zeros go
    expect(renderText(b)).toContain("省本级办理政务服务事项5.8万件。");
  });
});

describe("renderText, renderMarkdown and renderHtml: approximate amounts", () => {
  test("writers: print an amount printed as a bound (`0.19万余件`) as it stood", () => {
    const b = issue9();
    const m = b.metrics.find((x) => x.value === 1900)!;
    m.approximate = { mark: "余", at: "scale" };
    for (const out of [renderText(b), renderMarkdown(b), renderHtml(b)])
      expect(out).toContain("0.19万余件");
  });
});

describe("editor's notes", () => {
  const withNote = () => {
    const b = issue9();
    b.sections.unshift({
      title: "编者按",
      kind: "editor-note",
      items: [{ body: [["为推动工作，现将有关情况通报如下。"]] }],
    });
    return b;
  };

  test("renderText: writes an editor's note as 编者按：… before the sections, which keep their numbers", () => {
    const lines = renderText(withNote()).split("\n").filter(Boolean);
    expect(lines.slice(4, 6)).toEqual([
      "编者按：为推动工作，现将有关情况通报如下。",
      "一、2025年9月总体运行情况",
    ]);
    expect(lines).toContain("四、窗口资讯");
  });

  test("renderMarkdown and renderHtml: an editor's note has no heading and no number", () => {
    const md = renderMarkdown(withNote());
    expect(md).toContain("**编者按**：为推动工作，现将有关情况通报如下。");
    expect(md).toContain("## 一、2025年9月总体运行情况");
    const out = renderHtml(withNote());
    expect(out).toContain(
      '<section class="bulletin-section bulletin-note"><div class="bulletin-item"><p><strong class="bulletin-note-label">编者按：</strong>为推动工作，现将有关情况通报如下。</p></div></section>',
    );
    expect(out).toContain(
      '<h2><span class="bulletin-marker">一、</span>2025年9月总体运行情况</h2>',
    );
    const viaComponents = renderHtml(withNote(), {
      components: { section: (p) => defaultComponents.section(p) },
    });
    expect(viaComponents).toBe(out);
  });
});
