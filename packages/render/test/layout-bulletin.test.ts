import {
  type BulletinLayout,
  type ItemNode,
  type LayoutNode,
  layoutBulletin,
  type NoteNode,
  type ParagraphNode,
  RenderError,
  type SectionNode,
} from "@bulletin/render";
import type { Bulletin, Inline } from "@bulletin/schema";
import { arbitraryBulletin } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { issue9, textBlocksWith, tiny } from "./fixtures";

// Property tests over hundreds of generated bulletins: on a shared, loaded machine they take
// longer than the default 30 s.
vi.setConfig({ testTimeout: 180_000 });

/** Every node of a layout, depth first. */
function nodesOf(layout: BulletinLayout): LayoutNode[] {
  const out: LayoutNode[] = [layout.masthead];
  for (const section of layout.sections) {
    out.push(section);
    for (const item of section.items) {
      out.push(item, ...item.departments);
      for (const block of item.blocks) {
        out.push(block);
        if (block.kind === "table") {
          for (const row of [...block.head, ...block.rows])
            for (const cell of row) out.push(cell, ...cell.runs);
          for (const note of block.notes) out.push(...note);
          continue;
        }
        if (block.lead !== undefined) {
          out.push(block.lead);
          if (block.lead.date !== undefined) out.push(block.lead.date.run);
        }
        out.push(...block.runs);
      }
    }
  }
  if (layout.tail !== undefined) out.push(layout.tail);
  return out;
}

const section = (layout: BulletinLayout, s: number): SectionNode =>
  layout.sections[s] as SectionNode;
const paragraph = (layout: BulletinLayout, s: number, i: number, p = 0): ParagraphNode =>
  layout.sections[s]?.items[i]?.blocks[p] as ParagraphNode;

/** What the text writer would write for a paragraph: its lead, then its runs. */
function paragraphText(block: ParagraphNode): string {
  const lead = block.lead;
  let out = "";
  if (lead !== undefined) {
    if (lead.label) out += lead.label.text + lead.label.end;
    out += lead.marker ?? "";
    if (lead.title) out += lead.title.text + lead.title.end;
    if (lead.date) out += lead.date.run.text + lead.date.end;
  }
  for (const run of block.runs) out += run.text;
  return out;
}

function withNote(note: Bulletin["sections"][number]["items"]): Bulletin {
  const b = tiny();
  b.sections.unshift({ title: "编者按", kind: "editor-note", items: note });
  b.sections.push({ title: "乙", items: [{ body: [["二段。"]] }] });
  return b;
}

describe("layoutBulletin", () => {
  test("layoutBulletin: lays out the reference issue (file snapshot)", async () => {
    await expect(`${JSON.stringify(layoutBulletin(issue9()), null, 2)}\n`).toMatchFileSnapshot(
      "__snapshots__/issue-9.layout.json",
    );
  });

  test("layoutBulletin: the layout is plain data for the reference issue and any valid bulletin", () => {
    const nine = layoutBulletin(issue9());
    expect(JSON.parse(JSON.stringify(nine))).toEqual(nine);
    fc.assert(
      fc.property(arbitraryBulletin(), (b) => {
        const layout = layoutBulletin(b);
        expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
      }),
      { numRuns: 100 },
    );
  });

  test("layoutBulletin: shares no object with the bulletin it lays out", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (b) => {
        const seen = new Set<unknown>();
        const walk = (v: unknown): void => {
          if (typeof v !== "object" || v === null) return;
          seen.add(v);
          for (const x of Object.values(v)) walk(x);
        };
        walk(b);
        for (const node of nodesOf(layoutBulletin(b))) {
          expect(seen.has(node)).toBe(false);
          for (const value of Object.values(node))
            if (typeof value === "object") expect(seen.has(value)).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });

  test("layoutBulletin: writes the masthead with its model fields beside the text", () => {
    const b = tiny();
    b.issue.totalNumber = 123;
    b.publication.publisher.shortName = "办公室";
    expect(layoutBulletin(b, { dateStyle: "chinese" }).masthead).toEqual({
      kind: "masthead",
      title: "工作简报",
      publisher: { name: "某某局办公室", shortName: "办公室" },
      number: { text: "2025年第3期（总第123期）", number: 3, year: 2025, totalNumber: 123 },
      publishedOn: { text: "二〇二五年三月五日", date: "2025-03-05" },
    });
  });

  test.each([
    ["the issue's year", { year: 2024, publishedOn: "2025-01-05" }, 2024, "9月8日"],
    ["the year of publishedOn without one", { publishedOn: "2026-02-01" }, 2026, "2024年9月8日"],
  ])("layoutBulletin: writes dates relative to %s", (_, issue, year, text) => {
    const b = tiny();
    delete b.issue.year;
    Object.assign(b.issue, issue);
    (b.sections[0]?.items[0]?.body[0] as Inline[] | undefined)?.push({
      type: "date",
      value: { kind: "day", date: "2024-09-08" },
    });
    const layout = layoutBulletin(b);
    expect(layout.referenceYear).toBe(year);
    expect(paragraph(layout, 0, 0).runs.at(-1)).toEqual({
      kind: "date",
      text,
      span: { kind: "day", date: "2024-09-08" },
      datetime: "2024-09-08",
    });
  });

  test.each([
    [{ kind: "day", date: "2025-09-08" }, "9月8日", "2025-09-08"],
    [{ kind: "range", start: "2025-09-16", end: "2025-09-18" }, "9月16日—18日", "2025-09-16"],
    [{ kind: "range", start: "2025-09-30", end: "2025-10-02" }, "9月30日—10月2日", "2025-09-30"],
    [
      { kind: "range", start: "2025-12-30", end: "2026-01-02" },
      "2025年12月30日—2026年1月2日",
      "2025-12-30",
    ],
    [{ kind: "xun", month: "2025-09", part: "late" }, "9月下旬", "2025-09"],
    [{ kind: "month", month: "2025-09" }, "9月", "2025-09"],
    [{ kind: "year", year: 2025 }, "2025年", "2025"],
  ] as const)(
    "layoutBulletin: writes the date span %j as %s with datetime %s",
    (span, text, datetime) => {
      const b = tiny();
      b.sections[0]!.items[0]!.date = span;
      const lead = paragraph(layoutBulletin(b), 0, 0).lead;
      expect(lead?.date).toEqual({ run: { kind: "date", text, span, datetime }, end: "，" });
    },
  );

  test("layoutBulletin: numbers sections 一、二、 by position and items （一）（二）, notes not counted", () => {
    const layout = layoutBulletin(
      withNote([{ body: [["为推动工作，通报如下。"]] }, { title: "再按", body: [["又及。"]] }]),
    );
    expect(layout.sections.map((s) => [s.kind, s.index, "marker" in s ? s.marker : ""])).toEqual([
      ["note", 1, ""],
      ["section", 2, "一、"],
      ["section", 3, "二、"],
    ]);
    expect(section(layout, 2).number).toBe(2);
    // A note of two items is not running text: its items have markers, its first the label.
    expect(paragraphText(paragraph(layout, 0, 0))).toBe("编者按：（一）为推动工作，通报如下。");
    expect(paragraphText(paragraph(layout, 0, 1))).toBe("（二）再按。又及。");
  });

  test("layoutBulletin: a note of running text is its label and its text", () => {
    const layout = layoutBulletin(withNote([{ body: [["为推动工作。"], ["二段。"]] }]));
    const note = layout.sections[0] as NoteNode;
    expect(note).toMatchObject({ kind: "note", index: 1, title: "编者按" });
    expect(paragraph(layout, 0, 0).lead).toEqual({
      kind: "lead",
      label: { text: "编者按", end: "：" },
    });
    expect(paragraph(layout, 0, 0, 1).lead).toBeUndefined();
  });

  test("layoutBulletin: running text has no lead; an item that names departments keeps its marker", () => {
    const running = layoutBulletin(tiny());
    expect(section(running, 0).runningText).toBe(true);
    expect(paragraph(running, 0, 0).lead).toBeUndefined();
    const b = tiny();
    b.sections[0]!.items[0]!.departmentRefs = ["d1"];
    const layout = layoutBulletin(b);
    expect(section(layout, 0).runningText).toBe(false);
    expect(paragraph(layout, 0, 0).lead).toEqual({ kind: "lead", marker: "（一）" });
    expect(layout.sections[0]?.items[0]?.departments).toEqual([
      { kind: "department", text: "商务厅", department: { id: "d1", name: "四川省商务厅" } },
    ]);
  });

  test("layoutBulletin: an item with a lead and no paragraphs keeps one paragraph for its lead", () => {
    const b = tiny({
      sections: [
        { title: "甲", items: [{ title: "子", body: [] }, { body: [["一段。"]] }] },
        { title: "乙", items: [{ body: [] }] },
      ],
    });
    const layout = layoutBulletin(b);
    expect(layout.sections[0]?.items[0]?.blocks).toEqual([
      {
        kind: "paragraph",
        index: 1,
        lead: { kind: "lead", marker: "（一）", title: { text: "子", end: "。" } },
        runs: [],
      },
    ]);
    // Running text without paragraphs has nothing to show.
    expect(layout.sections[1]?.items[0]?.blocks).toEqual([]);
  });

  test("layoutBulletin: writes each inline kind as text beside its model reference", () => {
    const b = tiny({
      departments: [
        { id: "d1", name: "四川省商务厅", shortName: "商务厅" },
        { id: "d2", name: "达州市林业局" },
      ],
    });
    b.sections[0]!.items[0]!.body = [
      [
        "共",
        { type: "metric", ref: "m1" },
        { type: "department", ref: "d1" },
        { type: "department", ref: "d1", text: "省商务厅" },
        { type: "department", ref: "d2" },
        { type: "title", text: "通知" },
        { type: "quote", text: "一网通办" },
        { type: "emphasis", text: "重点" },
      ],
    ];
    expect(paragraph(layoutBulletin(b), 0, 0).runs).toEqual([
      { kind: "text", text: "共" },
      {
        kind: "metric",
        text: "5.88万件",
        metric: { id: "m1", label: "受理件数", value: 58800, unit: "件" },
      },
      { kind: "department", text: "商务厅", department: { id: "d1", name: "四川省商务厅" } },
      { kind: "department", text: "省商务厅", department: { id: "d1", name: "四川省商务厅" } },
      { kind: "department", text: "达州市林业局", department: { id: "d2", name: "达州市林业局" } },
      { kind: "title", text: "《通知》", content: "通知" },
      { kind: "quote", text: "“一网通办”", content: "一网通办" },
      { kind: "emphasis", text: "重点" },
    ]);
  });

  test.each([
    ["a short list (scanned)", 2],
    ["a long list (looked up in a map)", 12],
  ])(
    "layoutBulletin: a reference names the first department and metric of its id, in %s",
    (_, n) => {
      // Entries d0…d(n-1) and m0…m(n-1); the last id is given twice, the first of the two wins.
      const departments = Array.from({ length: n }, (_, k) => ({ id: `d${k}`, name: `部门${k}` }));
      departments.push({ id: `d${n - 1}`, name: "后一个部门" });
      const metrics = Array.from({ length: n }, (_, k) => ({
        id: `m${k}`,
        label: `指标${k}`,
        value: k,
        unit: "件",
      }));
      metrics.push({ id: `m${n - 1}`, label: "后一个指标", value: 99, unit: "件" });
      const b = tiny({ departments, metrics });
      b.sections[0]!.items[0]!.body = [
        [
          { type: "department", ref: "d0" },
          { type: "department", ref: `d${n - 1}` },
          { type: "metric", ref: "m1" },
          { type: "metric", ref: `m${n - 1}` },
        ],
      ];
      expect(paragraph(layoutBulletin(b), 0, 0).runs.map((run) => run.text)).toEqual([
        "部门0",
        `部门${n - 1}`,
        "1件",
        `${n - 1}件`,
      ]);
      b.sections[0]!.items[0]!.body = [[{ type: "metric", ref: "m-missing" }]];
      expect(() => layoutBulletin(b)).toThrow(
        expect.objectContaining({
          code: "unresolved-metric-ref",
          path: ["sections", 0, "items", 0, "body", 0, 0],
        }),
      );
    },
  );

  test("layoutBulletin: writes a metric with the decimals it was reported with", () => {
    const b = tiny();
    b.metrics[0]!.value = 58000;
    expect(paragraph(layoutBulletin(b), 0, 0).runs[1]?.text).toBe("5.80万件");
    delete b.metrics[0]!.display!.fractionDigits;
    expect(paragraph(layoutBulletin(b), 0, 0).runs[1]?.text).toBe("5.8万件");
  });

  test("layoutBulletin: writes an amount printed as a bound with its 余 or 多 where it stood", () => {
    const b = tiny();
    b.metrics[0]!.value = 767000;
    b.metrics[0]!.display = { scale: "万", fractionDigits: 1 };
    b.metrics[0]!.approximate = { mark: "余", at: "scale" };
    expect(paragraph(layoutBulletin(b), 0, 0).runs[1]?.text).toBe("76.7万余件");
    b.metrics[0]!.approximate = { mark: "多" };
    expect(paragraph(layoutBulletin(b), 0, 0).runs[1]?.text).toBe("76.7多万件");
    delete b.metrics[0]!.display;
    b.metrics[0]!.value = 500;
    expect(paragraph(layoutBulletin(b), 0, 0).runs[1]?.text).toBe("500多件");
    // The exact amount prints no mark (near-miss).
    delete b.metrics[0]!.approximate;
    expect(paragraph(layoutBulletin(b), 0, 0).runs[1]?.text).toBe("500件");
  });

  test("layoutBulletin: the tail lists 报 送 发 抄送 in that order, then the copies", () => {
    const b = tiny({
      distribution: {
        copyTo: ["丁"],
        issueTo: ["丙、丙二", "丙三"],
        sendTo: ["乙"],
        reportTo: ["甲", "甲二"],
      },
    });
    b.issue.copies = 120;
    expect(layoutBulletin(b).tail).toEqual({
      kind: "tail",
      lines: [
        { role: "reportTo", label: "报", entries: ["甲", "甲二"], text: "甲、甲二。" },
        { role: "sendTo", label: "送", entries: ["乙"], text: "乙。" },
        { role: "issueTo", label: "发", entries: ["丙、丙二", "丙三"], text: "丙、丙二，丙三。" },
        { role: "copyTo", label: "抄送", entries: ["丁"], text: "丁。" },
      ],
      copies: { text: "共印120份", count: 120 },
    });
  });

  test("layoutBulletin: there is no tail without distribution lines or copies", () => {
    expect(layoutBulletin(tiny()).tail).toBeUndefined();
    expect(layoutBulletin(tiny({ distribution: { reportTo: [] } })).tail).toBeUndefined();
    const copies = tiny();
    copies.issue.copies = 5;
    expect(layoutBulletin(copies).tail).toEqual({
      kind: "tail",
      lines: [],
      copies: { text: "共印5份", count: 5 },
    });
  });

  test.each([
    [
      "a metric that does not exist",
      (b: Bulletin) =>
        (b.sections[0]!.items[0]!.body[0] as Inline[]).push({ type: "metric", ref: "nope" }),
      "unresolved-metric-ref",
      ["sections", 0, "items", 0, "body", 0, 3],
    ],
    [
      "a department inline that does not exist",
      (b: Bulletin) =>
        (b.sections[0]!.items[0]!.body[0] as Inline[]).push({ type: "department", ref: "nope" }),
      "unresolved-department-ref",
      ["sections", 0, "items", 0, "body", 0, 3],
    ],
    [
      "a departmentRefs entry that does not exist",
      (b: Bulletin) => {
        b.sections[0]!.items[0]!.departmentRefs = ["d1", "nope"];
      },
      "unresolved-department-ref",
      ["sections", 0, "items", 0, "departmentRefs", 1],
    ],
    [
      "an impossible item date",
      (b: Bulletin) => {
        b.sections[0]!.items[0]!.date = { kind: "day", date: "2025-02-30" };
      },
      "invalid-value",
      ["sections", 0, "items", 0, "date"],
    ],
    [
      "an impossible inline date",
      (b: Bulletin) =>
        (b.sections[0]!.items[0]!.body[0] as Inline[]).push({
          type: "date",
          value: { kind: "range", start: "2025-03-02", end: "2025-03-01" },
        }),
      "invalid-value",
      ["sections", 0, "items", 0, "body", 0, 3, "value"],
    ],
    [
      "an impossible publication date",
      (b: Bulletin) => {
        b.issue.publishedOn = "2025-13-01";
      },
      "invalid-value",
      ["issue", "publishedOn"],
    ],
    [
      "an issue year that is not a year",
      (b: Bulletin) => {
        b.issue.year = 20.5;
      },
      "invalid-value",
      ["issue", "year"],
    ],
  ] as const)("layoutBulletin: %s is a RenderError %s at its path", (_, change, code, path) => {
    const b = tiny();
    change(b);
    let error: unknown;
    try {
      layoutBulletin(b);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RenderError);
    expect(error).toMatchObject({ code, path });
  });

  test("layoutBulletin: rejects an unknown dateStyle with RenderError invalid-option", () => {
    expect(() => layoutBulletin(tiny(), { dateStyle: "roman" as "arabic" })).toThrowError(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });

  test("layoutBulletin: for any valid bulletin, the layout's runs write the paragraphs of renderText", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (b) => {
        const layout = layoutBulletin(b);
        // A table's lines: caption, head rows, rule, body rows, notes (their text is the writer's).
        const text = textBlocksWith(b, (table, lines) => {
          const count =
            (table.caption === undefined ? 0 : 1) +
            table.head.length +
            1 +
            table.rows.length +
            table.notes.length;
          return [lines.length === count ? "table" : `table of ${lines.length} lines`];
        });
        const written: string[] = [
          layout.masthead.title,
          layout.masthead.number.text,
          layout.masthead.publisher.name,
          layout.masthead.publishedOn.text,
        ];
        for (const s of layout.sections) {
          if (s.kind === "section") written.push(s.marker + s.title);
          for (const item of s.items as ItemNode[])
            for (const block of item.blocks)
              written.push(block.kind === "paragraph" ? paragraphText(block) : "table");
        }
        for (const line of layout.tail?.lines ?? []) written.push(`${line.label}：${line.text}`);
        if (layout.tail?.copies) written.push(layout.tail.copies.text);
        expect(written).toEqual(text);
      }),
      { numRuns: 100 },
    );
  });
});
