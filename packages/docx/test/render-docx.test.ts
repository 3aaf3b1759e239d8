import { DocxError, readDocx, renderDocx } from "@bulletin/docx";
import { parseBulletinText } from "@bulletin/parse";
import { RenderError, renderText } from "@bulletin/render";
import type { Bulletin } from "@bulletin/schema";
import {
  arbitraryBulletin,
  completed,
  expressible,
  optionsFor,
  readIssue9,
  SPANNING_TABLE_ROWS,
  withoutGuessedPeriod,
  withoutLabels,
  withSpanningTable,
} from "@bulletin/testkit";
import { tablesAsText } from "@bulletin/testkit/tables-as-text";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { describe, expect, test } from "vitest";

const issue9 = readIssue9;

const part = (bytes: Uint8Array, name: string): string => {
  const file = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (file === undefined) throw new Error(`no ${name}`);
  return new TextDecoder().decode(file);
};

/** What parseBulletinText reads from the DOCX's text, given what the text cannot say. */
async function readBack(b: Bulletin): Promise<Bulletin> {
  const { text, warnings } = await readDocx(await renderDocx(b));
  expect(warnings).toEqual([]);
  return withoutGuessedPeriod(completed(parseBulletinText(text, optionsFor(b))), b);
}

describe("renderDocx → readDocx → parseBulletinText", () => {
  test("renderDocx: issue 9 reads back through readDocx and parseBulletinText as its text layout does", async () => {
    // The parser infers more on real text than the generated-bulletin normalisation models
    // (section kinds from titles, short names of known departments), so issue 9 is held to
    // what parseBulletinText reads from renderText, and to its model where the text says it.
    const b = issue9();
    const fromDocx = await readBack(b);
    expect(fromDocx).toEqual(
      withoutGuessedPeriod(completed(parseBulletinText(renderText(b), optionsFor(b))), b),
    );
    expect(fromDocx.publication.title).toBe(b.publication.title);
    expect(fromDocx.issue).toMatchObject({ number: 9, publishedOn: "2025-11-10" });
    expect(fromDocx.sections.map((s) => s.title)).toEqual(b.sections.map((s) => s.title));
    expect(fromDocx.metrics.map((m) => m.value)).toEqual(b.metrics.map((m) => m.value));
    expect(fromDocx.distribution).toEqual(b.distribution);
  });

  test("renderDocx: any generated bulletin, tables included, reads back equal, modulo what text can express (100 runs)", async () => {
    let tables = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryBulletin(), async (generated) => {
        // Tables are compared as the text prints them (spans read back as the grid of their
        // columns, figure cells as metrics of their own), as parse's round trip does.
        const b = expressible(tablesAsText(generated, false));
        tables += b.sections
          .flatMap((s) => s.items.flatMap((i) => i.body))
          .filter((block) => !Array.isArray(block)).length;
        expect(withoutLabels(tablesAsText(await readBack(b), true))).toEqual(
          withoutLabels(tablesAsText(b, true)),
        );
      }),
      { numRuns: 100, endOnFailure: true },
    );
    expect(tables).toBeGreaterThan(20);
  }, 180_000);

  test("renderDocx: a table with spans reads back through readDocx as renderText writes it", async () => {
    const b = withSpanningTable(issue9());
    const { text, warnings } = await readDocx(await renderDocx(b));
    expect(warnings).toEqual([]);
    expect(text).toContain(
      ["表1 各地区受理情况", "", ...SPANNING_TABLE_ROWS, "", "注：同比为与上年同月相比。"].join(
        "\n",
      ),
    );
    expect(completed(parseBulletinText(text, optionsFor(b)))).toEqual(
      completed(parseBulletinText(renderText(b), optionsFor(b))),
    );
  });

  test("renderDocx: an editor's note and the copies line read back too", async () => {
    const b = issue9();
    b.sections.unshift({
      title: "编者按",
      kind: "editor-note",
      items: [{ body: [["为推动工作，现将有关情况通报如下。"]] }],
    });
    b.issue.copies = 120;
    const { text } = await readDocx(await renderDocx(b));
    expect(text).toContain("\n\n编者按：为推动工作，现将有关情况通报如下。\n\n一、");
    expect(text.endsWith("\n\n共印120份\n")).toBe(true);
    const back = completed(parseBulletinText(text));
    expect(back.sections[0]).toEqual(b.sections[0]);
    expect(back.issue.copies).toBe(120);
  });
});

describe("renderDocx: Word structures", () => {
  test("renderDocx: writes a named style for each heading level, the masthead, the note and the 版记", async () => {
    const styles = part(await renderDocx(issue9()), "word/styles.xml");
    for (const [id, name] of [
      ["Heading1", "heading 1"],
      ["Heading2", "heading 2"],
      ["Heading3", "heading 3"],
      ["BulletinMastheadTitle", "报头"],
      ["BulletinNote", "编者按"],
      ["BulletinTail", "版记"],
      ["BulletinCopies", "印发份数"],
      ["BulletinPageNumber", "页码"],
      ["BulletinItemTitle", "段内小标题"],
    ]) {
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"[^>]*><w:name w:val="${name}"/>`));
    }
    // The body: 三号, indented two characters (Word's character unit).
    expect(styles).toMatch(/w:styleId="Normal".*?<w:ind [^>]*w:firstLineChars="200"/);
    expect(styles).toMatch(/w:styleId="Normal".*?<w:sz w:val="32"\/>/);
  });

  test("renderDocx: writes the 版记 as one 版心-wide frame at the foot of the 版心, between equal rules, anchored to an empty paragraph off the grid", async () => {
    const b = issue9();
    b.issue.copies = 120;
    const xml = part(await renderDocx(b), "word/document.xml");
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>|<w:p\/>/gs)].map(
      (m) => m[0],
    );
    const framed = paragraphs.filter((p) => p.includes("<w:framePr"));
    expect(framed.map((p) => /<w:t(?: [^>]*)?>([^<]*)</.exec(p)?.[1]?.slice(0, 2))).toEqual([
      "报：",
      "发：",
      "共印",
    ]);
    const frame = /<w:framePr [^>]*\/>/;
    for (const p of framed) {
      expect(frame.exec(p)?.[0]).toBe(
        '<w:framePr w:w="8845" w:hAnchor="margin" w:vAnchor="margin" w:xAlign="left" w:yAlign="bottom" w:wrap="notBeside"/>',
      );
      // Equal borders on every paragraph: one box, top and bottom rules of 0.35 mm (sz 8).
      expect(/<w:pBdr>.*<\/w:pBdr>/.exec(p)?.[0]).toBe(
        /<w:pBdr>.*<\/w:pBdr>/.exec(framed[0] as string)?.[0],
      );
      expect(p).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
      expect(p).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
    }
    // The frame ends the text; the paragraph after it is its anchor, empty and off the grid.
    expect(paragraphs.indexOf(framed.at(-1) as string)).toBe(paragraphs.length - 2);
    expect(paragraphs.at(-1)).toBe(
      '<w:p><w:pPr><w:pStyle w:val="BulletinTailAnchor"/><w:snapToGrid w:val="false"/></w:pPr></w:p>',
    );
  });

  test("renderDocx: writes a table as a Word table: 版心 wide, ruled, head rows repeated, spans merged, 仿宋 小四", async () => {
    const bytes = await renderDocx(withSpanningTable(issue9()));
    const document = part(bytes, "word/document.xml");
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(document)?.[0] ?? "";
    // 156 mm = 8844 twips, four equal columns of 2211, fixed layout, single rules on every side.
    expect(table).toContain('<w:tblW w:type="dxa" w:w="8844"/>');
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table.match(/<w:gridCol w:w="2211"\/>/g)).toHaveLength(4);
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"])
      expect(table).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="6"/>`));
    const rows = table.split("<w:tr>").slice(1);
    expect(rows).toHaveLength(5);
    // The two head rows repeat on every page; no row splits across pages.
    expect(rows.map((r) => r.includes("<w:tblHeader/>"))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
    // A row whose vertical merge goes on below is kept with the next row (keep-with-next on its
    // paragraphs): LibreOffice broke a table inside a merge and split the merged cell's text.
    expect(rows.map((r) => r.includes("<w:keepNext/>"))).toEqual([true, false, true, false, false]);
    // Every row at least one table line (1.4 × 12 pt = 336 twips) high: a row whose cells all
    // span other rows too is not squeezed to nothing (LibreOffice's PDF lost such a row).
    expect(rows.every((r) => /<w:trHeight w:val="336" w:hRule="atLeast"\/>/.test(r))).toBe(true);
    // 地区 and 办结率 start vertical merges the next row continues; 受理量 and 5788件 span two columns.
    expect(rows[0]?.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(rows[1]?.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows[2]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[3]).toContain('<w:vMerge w:val="continue"/>');
    expect(rows[4]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows.map((r) => r.match(/<w:tc>/g)?.length)).toEqual([3, 4, 4, 4, 3]);
    // Cell text, caption and note in their styles: 仿宋 小四 (sz 24) for cells and notes.
    expect(table.match(/<w:pStyle w:val="BulletinTableText"\/>/g)?.length).toBe(18);
    expect(document).toMatch(/<w:pStyle w:val="BulletinTableCaption"\/>.*?表1 各地区受理情况/);
    expect(document).toMatch(/<w:pStyle w:val="BulletinTableNote"\/>.*?注：同比为与上年同月相比。/);
    const styles = part(bytes, "word/styles.xml");
    for (const [id, name] of [
      ["BulletinTableCaption", "表题"],
      ["BulletinTableText", "表格文字"],
      ["BulletinTableNote", "表注"],
    ]) {
      expect(styles).toMatch(
        new RegExp(`w:styleId="${id}"[^>]*><w:name w:val="${name}"/>.*?<w:sz w:val="24"/>`),
      );
    }
    expect(styles).toMatch(/w:styleId="BulletinTableText".*?w:eastAsia="仿宋_GB2312"/);
  });

  test("renderDocx: puts an empty paragraph between two tables in a row, which would otherwise touch and read as one", async () => {
    // Found by readPdf's LibreOffice hunt: a table without caption right after another was
    // drawn against it, one grid on the page.
    const b = issue9();
    b.sections[0]?.items[0]?.body.push(
      { type: "table", rows: [[["成都市"], ["4528件"]]] },
      { type: "table", rows: [[["合计"], ["5788件"]]] },
    );
    const document = part(await renderDocx(b), "word/document.xml");
    expect(document).not.toContain("</w:tbl><w:tbl>");
    expect(document).toMatch(/<\/w:tbl><w:p>(?:(?!<w:t[ >]).)*?<\/w:p><w:tbl>/s);
    const { text } = await readDocx(await renderDocx(b));
    const tables = completed(parseBulletinText(text, optionsFor(b))).sections.flatMap((s) =>
      s.items.flatMap((i) => i.body.filter((block) => !Array.isArray(block))),
    );
    expect(tables).toHaveLength(2);
  });

  test("renderDocx: lays out A4 with the GB/T 9704 margins and a 22-line grid, page numbers as PAGE fields", async () => {
    const bytes = await renderDocx(issue9());
    const document = part(bytes, "word/document.xml");
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(part(bytes, "word/footer1.xml")).toMatch(/PAGE/);
    expect(part(bytes, "word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
  });

  test("renderDocx: pageNumbers: false and masthead: false leave the footer and the masthead out", async () => {
    const bytes = await renderDocx(issue9(), { pageNumbers: false, masthead: false });
    expect(part(bytes, "word/document.xml")).not.toContain("footerReference");
    const { text } = await readDocx(bytes);
    expect(text.startsWith("一、2025年9月总体运行情况\n")).toBe(true);
  });

  test("renderDocx: dateStyle chinese writes the masthead date in Chinese numerals", async () => {
    const { text } = await readDocx(await renderDocx(issue9(), { dateStyle: "chinese" }));
    expect(text.split("\n\n")[2]).toBe(
      "四川省政府政务服务和公共资源交易服务中心\t二〇二五年十一月十日",
    );
  });

  test("renderDocx: the fonts option names the fonts of each role", async () => {
    const styles = part(
      await renderDocx(issue9(), {
        fonts: { body: "仿宋", heading1: "方正黑体简体", digits: "Arial" },
      }),
      "word/styles.xml",
    );
    expect(styles).toMatch(/w:styleId="Normal".*?w:ascii="Arial"[^>]*w:eastAsia="仿宋"/);
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="方正黑体简体"/);
  });
});

test("renderDocx: lists each font in the font table with the GB2312 charset and the standard's fallbacks", async () => {
  const table = part(
    await renderDocx(issue9(), { fonts: { heading2: "楷体<&>" } }),
    "word/fontTable.xml",
  );
  expect(table).toContain(
    '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>',
  );
  expect(table).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  expect(table).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
  expect(table).toContain('<w:font w:name="Times New Roman"><w:charset w:val="00"/>');
  // A font name from the options is escaped, and gets no made-up fallback.
  expect(table).toContain('<w:font w:name="楷体&lt;&amp;&gt;"><w:charset w:val="86"/>');
  expect(table).not.toContain("楷体_GB2312");
});

describe("renderDocx: bad input", () => {
  test.each([
    ["pageNumbers", { pageNumbers: "yes" }],
    ["masthead", { masthead: 1 }],
    ["fonts", { fonts: "仿宋" }],
    ["fonts.body", { fonts: { body: "" } }],
    ["fonts.title", { fonts: { title: 42 } }],
    ["locale", { locale: "fr" }],
    ["locale", { locale: "zh" }],
  ])("renderDocx: rejects a bad %s with DocxError invalid-option", async (path, options) => {
    const error = await renderDocx(issue9(), options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxError);
    expect(error).toMatchObject({ code: "invalid-option", path: path.split(".") });
  });

  test("renderDocx: a dangling metric reference throws render's RenderError with its path", async () => {
    const b = issue9();
    b.metrics = [];
    const error = await renderDocx(b).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect(error).toMatchObject({ code: "unresolved-metric-ref" });
  });
});
