import { readFileSync } from "node:fs";
import { type BulletinLayout, layoutBulletin, renderText, type TableNode } from "@bulletin/render";
import { type Bulletin, validateBulletin } from "@bulletin/schema";

/** The reference issue, 政务窗口月报 第9期, validated. */
export function issue9(): Bulletin {
  const url = new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url);
  const result = validateBulletin(JSON.parse(readFileSync(url, "utf8")));
  if (!result.ok || result.bulletin === undefined)
    throw new Error("the reference issue must be valid");
  return result.bulletin;
}

/** A small bulletin to build cases from. */
export function tiny(overrides: Partial<Bulletin> = {}): Bulletin {
  return {
    schemaVersion: "1",
    publication: { title: "工作简报", publisher: { name: "某某局办公室" } },
    issue: { number: 3, year: 2025, publishedOn: "2025-03-05" },
    departments: [{ id: "d1", name: "四川省商务厅", shortName: "商务厅" }],
    metrics: [
      {
        id: "m1",
        label: "受理件数",
        value: 58800,
        unit: "件",
        display: { scale: "万", fractionDigits: 2 },
      },
    ],
    sections: [
      { title: "总体情况", items: [{ body: [["共受理", { type: "metric", ref: "m1" }, "。"]] }] },
    ],
    ...overrides,
  };
}

/** Every text field of a bulletin that a renderer writes, replaced in turn by hostile strings. */
export function withHostileText(bulletin: Bulletin, hostile: readonly string[]): Bulletin {
  const b = structuredClone(bulletin);
  let k = 0;
  const next = (): string => hostile[k++ % hostile.length] ?? "<script>";
  b.publication.title = next();
  b.publication.publisher.name = next();
  b.publication.publisher.shortName = next();
  for (const d of b.departments) {
    d.name = next();
    d.shortName = next();
  }
  for (const m of b.metrics) {
    m.unit = next();
    m.label = next();
  }
  for (const section of b.sections) {
    section.title = next();
    for (const item of section.items) {
      item.title = next();
      item.body = item.body
        .filter(Array.isArray)
        .map((paragraph) => [
          next(),
          ...paragraph.map((node) =>
            typeof node === "string"
              ? next()
              : node.type === "title" || node.type === "quote" || node.type === "emphasis"
                ? { ...node, text: next() }
                : node.type === "department"
                  ? { ...node, text: next() }
                  : node,
          ),
          { type: "emphasis" as const, text: next() },
        ]);
    }
  }
  b.distribution = { reportTo: [next(), next()], copyTo: [next()] };
  return b;
}

/** Every table of a layout, in the order the writers write them. */
export function tablesOf(layout: BulletinLayout): TableNode[] {
  return layout.sections.flatMap((s) =>
    s.items.flatMap((i) => i.blocks.filter((b): b is TableNode => b.kind === "table")),
  );
}

/**
 * The blocks of renderText, each table (the only blocks with line breaks in them) replaced by
 * what `expand` makes of it: the layout's table and the table's lines as text.
 */
export function textBlocksWith(
  b: Bulletin,
  expand: (table: TableNode, lines: string[]) => string[],
): string[] {
  const tables = tablesOf(layoutBulletin(b));
  let t = 0;
  return renderText(b)
    .replace(/\n$/, "")
    .split("\n\n")
    .flatMap((block) => {
      if (!block.includes("\n")) return [block];
      const table = tables[t++] as TableNode;
      return expand(table, block.split("\n"));
    });
}
