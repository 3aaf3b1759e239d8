import {
  html,
  layoutBulletin,
  RenderError,
  renderHtml,
  renderMarkdown,
  renderText,
  type SectionNode,
  type TableNode,
} from "@bulletin/render";
import type { Block, Bulletin, Table } from "@bulletin/schema";
import { arbitraryTable, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import { describe, expect, test } from "vitest";
import { tiny } from "./fixtures";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** A 12345 table with a head that groups two columns over a label spanning two rows. */
const hotline: Table = {
  type: "table",
  caption: "表1 10月热线受理情况",
  head: [
    [
      { content: ["地区"], rowSpan: 2 },
      { content: ["受理量"], colSpan: 2 },
    ],
    [["本月"], ["同比"]],
  ],
  rows: [
    [["锦江区"], [{ type: "metric", ref: "m1" }], ["+3.2%"]],
    [["青羊区"], ["3977件"], ["/"]],
  ],
  notes: [["注：“/”表示不适用。"]],
};

/** A plain GFM-shaped table: one head row, no spans. */
const plain: Table = {
  type: "table",
  caption: "表2 渠道",
  head: [[["渠道"], ["受理量"]]],
  rows: [
    [["电话"], ["34859件"]],
    [["网站"], []],
  ],
};

/** `tiny()` with `blocks` as the body of its only item. */
function withBody(
  blocks: Block[],
  item: Partial<Bulletin["sections"][number]["items"][number]> = {},
) {
  const b = tiny();
  const section = b.sections[0] as Bulletin["sections"][number];
  section.items = [{ ...item, body: blocks }];
  return b;
}

const elements = (node: Node, tag: string): Element[] => {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    if ("tagName" in n && n.tagName === tag) out.push(n);
    if ("childNodes" in n) for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return out;
};
const attr = (e: Element, name: string): string | undefined =>
  e.attrs.find((a) => a.name === name)?.value;
const textOf = (n: Node): string =>
  "value" in n && n.nodeName === "#text"
    ? n.value
    : "childNodes" in n
      ? n.childNodes.map(textOf).join("")
      : "";

/** Widths of the rows of a `<thead>` or `<tbody>`, counting colspan and rowspan as HTML does. */
function htmlWidths(group: Element): number[] {
  const held: number[] = [];
  return elements(group, "tr").map((tr) => {
    const cells = tr.childNodes.filter((c): c is Element => "tagName" in c);
    let column = 0;
    const covered = held.map((h) => h > 0);
    const placed: [number, number, number][] = [];
    for (const cell of cells) {
      while (covered[column]) column++;
      const colSpan = Number(attr(cell, "colspan") ?? 1);
      const rowSpan = Number(attr(cell, "rowspan") ?? 1);
      placed.push([column, colSpan, rowSpan]);
      column += colSpan;
    }
    const width = Math.max(column, covered.lastIndexOf(true) + 1);
    for (let c = 0; c < held.length; c++) if ((held[c] ?? 0) > 0) held[c] = (held[c] ?? 0) - 1;
    for (const [c, w, h] of placed) for (let k = c; k < c + w; k++) held[k] = h - 1;
    return width;
  });
}

describe("tables", () => {
  test("layoutBulletin: places every cell on the grid and writes its runs as text", () => {
    const layout = layoutBulletin(withBody([hotline]));
    const table = (layout.sections[0] as SectionNode).items[0]?.blocks[0] as TableNode;
    expect(table.kind).toBe("table");
    expect([table.caption, table.columns, table.spanning, table.index]).toEqual([
      "表1 10月热线受理情况",
      3,
      true,
      1,
    ]);
    expect(
      table.head.map((row) => row.map((c) => [c.column, c.colSpan, c.rowSpan, c.text])),
    ).toEqual([
      [
        [0, 1, 2, "地区"],
        [1, 2, 1, "受理量"],
      ],
      [
        [1, 1, 1, "本月"],
        [2, 1, 1, "同比"],
      ],
    ]);
    expect(table.rows[0]?.map((c) => [c.header, c.text])).toEqual([
      [false, "锦江区"],
      [false, "5.88万件"],
      [false, "+3.2%"],
    ]);
    expect(table.notes.map((n) => n.map((r) => r.text).join(""))).toEqual(["注：“/”表示不适用。"]);
  });

  test("layoutBulletin: an item that opens with a table gets its lead as a paragraph of its own", () => {
    const b = withBody([plain, ["以上为本月数据。"]], { title: "受理情况" });
    b.sections[0]?.items.push({ body: [["另一条。"]] });
    const blocks = (layoutBulletin(b).sections[0] as SectionNode).items[0]?.blocks ?? [];
    expect(blocks.map((x) => x.kind)).toEqual(["paragraph", "table", "paragraph"]);
    expect(renderText(b).split("\n\n").slice(5, 7)).toEqual([
      "（一）受理情况。",
      "表2 渠道\n| 渠道 | 受理量 |\n| --- | --- |\n| 电话 | 34859件 |\n| 网站 |  |",
    ]);
  });

  test("layoutBulletin: a reference in a cell that does not resolve names the cell's path", () => {
    const broken: Table = {
      type: "table",
      rows: [[["a"], { content: [{ type: "metric", ref: "x" }] }]],
    };
    let error: RenderError | undefined;
    try {
      layoutBulletin(withBody([["前文。"], broken]));
    } catch (e) {
      error = e as RenderError;
    }
    expect(error).toBeInstanceOf(RenderError);
    expect([error?.code, error?.path]).toEqual([
      "unresolved-metric-ref",
      ["sections", 0, "items", 0, "body", 1, "rows", 0, 1, "content", 0],
    ]);
  });

  test("renderText: writes caption, | rows with a rule under the head, blanks where cells span, notes", () => {
    const b = withBody([["全区受理情况如下。"], hotline]);
    expect(renderText(b).split("\n\n")[6]?.trimEnd()).toBe(
      [
        "表1 10月热线受理情况",
        "| 地区 | 受理量 |  |",
        "|  | 本月 | 同比 |",
        "| --- | --- | --- |",
        "| 锦江区 | 5.88万件 | +3.2% |",
        "| 青羊区 | 3977件 | / |",
        "注：“/”表示不适用。",
      ].join("\n"),
    );
  });

  test("renderText: a table without head puts the rule first; a | in a cell is written \\|", () => {
    const t: Table = { type: "table", rows: [[["A|B"], ["1"]]] };
    expect(renderText(withBody([t]), { newline: "\r\n" }).split("\r\n\r\n")[5]).toBe(
      "| --- | --- |\r\n| A\\|B | 1 |\r\n",
    );
  });

  test("renderMarkdown: a table of one head row and no spans is a GFM table that markdown-it reads", () => {
    const md = renderMarkdown(withBody([plain]));
    expect(md).toContain(
      "表2 渠道\n\n| 渠道 | 受理量 |\n| --- | --- |\n| 电话 | 34859件 |\n| 网站 |  |",
    );
    const doc = parseFragment(new MarkdownIt().render(md));
    const [table] = elements(doc, "table");
    expect(table).toBeDefined();
    expect(elements(table as Element, "th").map(textOf)).toEqual(["渠道", "受理量"]);
    expect(elements(table as Element, "td").map(textOf)).toEqual(["电话", "34859件", "网站", ""]);
  });

  test("renderMarkdown: a spanning table falls back to rows of text, no HTML", () => {
    const md = renderMarkdown(withBody([hotline]));
    const rendered = new MarkdownIt().render(md);
    expect(rendered).not.toContain("<table");
    const paragraphs = elements(parseFragment(rendered), "p").map(textOf);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "表1 10月热线受理情况",
        "地区 | 受理量 |",
        "| 本月 | 同比",
        "锦江区 | 5.88万件 | +3.2%",
        "注：“/”表示不适用。",
      ]),
    );
  });

  test("renderMarkdown: hostile cell text stays text in a GFM table", () => {
    fc.assert(
      fc.property(hostileString(), hostileString(), (a, b) => {
        const t: Table = {
          type: "table",
          head: [[["甲"], ["乙"]]],
          rows: [[a.trim() === "" ? [] : [a], b.trim() === "" ? [] : [b]]],
        };
        const rendered = new MarkdownIt().render(renderMarkdown(withBody([t])));
        const doc = parseFragment(rendered);
        const tags = new Set(
          elements(doc, "script")
            .concat(elements(doc, "img"))
            .map((e) => e.tagName),
        );
        expect(tags.size).toBe(0);
        const [table] = elements(doc, "table");
        expect(table).toBeDefined();
        expect(elements(table as Element, "td")).toHaveLength(2);
      }),
      { numRuns: 200 },
    );
  });

  test("renderHtml: writes <table> with <caption>, <th scope> in <thead>, colspan and rowspan, notes after it", () => {
    const doc = parseFragment(renderHtml(withBody([hotline])));
    const [box] = elements(doc, "div").filter((d) => attr(d, "class") === "bulletin-table");
    const [table] = elements(box as Element, "table");
    expect(elements(table as Element, "caption").map(textOf)).toEqual(["表1 10月热线受理情况"]);
    const ths = elements(table as Element, "th");
    expect(
      ths.map((th) => [textOf(th), attr(th, "scope"), attr(th, "colspan"), attr(th, "rowspan")]),
    ).toEqual([
      ["地区", "col", undefined, "2"],
      ["受理量", "colgroup", "2", undefined],
      ["本月", "col", undefined, undefined],
      ["同比", "col", undefined, undefined],
    ]);
    const [tbody] = elements(table as Element, "tbody");
    expect(elements(tbody as Element, "tr").map((tr) => elements(tr, "td").map(textOf))).toEqual([
      ["锦江区", "5.88万件", "+3.2%"],
      ["青羊区", "3977件", "/"],
    ]);
    const [metric] = elements(tbody as Element, "data");
    expect(attr(metric as Element, "value")).toBe("58800");
    const notes = elements(box as Element, "p").filter(
      (p) => attr(p, "class") === "bulletin-table-note",
    );
    expect(notes.map(textOf)).toEqual(["注：“/”表示不适用。"]);
  });

  test("renderHtml: every generated table is a grid as wide as its columns in every row, its text escaped", () => {
    fc.assert(
      fc.property(arbitraryTable({ metricIds: ["m1"] }), hostileString(), (table, hostile) => {
        // (parse5 drops NUL and reads CR as LF: such captions are checked by the escaping tests)
        const usable =
          hostile.trim() !== "" &&
          hostile.isWellFormed() &&
          [...hostile].every((c) => (c.codePointAt(0) ?? 0) >= 0x20);
        const t: Table = usable ? { ...table, caption: hostile } : table;
        const b = withBody([t]);
        const node = (layoutBulletin(b).sections[0] as SectionNode).items[0]
          ?.blocks[0] as TableNode;
        const doc = parseFragment(renderHtml(b));
        const [element] = elements(doc, "table");
        for (const group of [
          ...elements(element as Element, "thead"),
          ...elements(element as Element, "tbody"),
        ])
          for (const width of htmlWidths(group)) expect(width).toBe(node.columns);
        expect(elements(element as Element, "tr")).toHaveLength(
          (t.head?.length ?? 0) + t.rows.length,
        );
        if (t.caption !== undefined)
          expect(elements(element as Element, "caption").map(textOf)).toEqual([t.caption]);
        expect(elements(doc, "script")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test("renderHtml: the table and cell components can be replaced", () => {
    const out = renderHtml(withBody([plain]), {
      components: {
        table: ({ node, render }) =>
          html`<figure data-columns="${node.columns}">${render()}</figure>`,
        cell: (props) =>
          props.node.header
            ? html`<th>${props.render()}</th>`
            : html`<td class="n">${props.render()}</td>`,
      },
    });
    expect(out).toContain(
      '<figure data-columns="2"><table><caption>表2 渠道</caption><thead><tr><th>渠道</th><th>受理量</th></tr></thead>' +
        '<tbody><tr><td class="n">电话</td><td class="n">34859件</td></tr><tr><td class="n">网站</td><td class="n"></td></tr></tbody></table></figure>',
    );
  });
});
