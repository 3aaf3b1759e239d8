import { DocxError, readDocx, renderDocx } from "@bulletin/docx";
import { parseBulletinText } from "@bulletin/parse";
import { completed, readIssue9 } from "@bulletin/testkit";
import {
  DeletedTextRun,
  Document,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { deflatedZeros, zipOfDeflated } from "./helpers/hostile-zip";

const issue9 = readIssue9;

const pack = (document: Document): Promise<Uint8Array> => Packer.pack(document, "uint8array");

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal package: one document.xml (no relationships: the reader falls back to word/document.xml). */
const docxOf = (documentXml: string, more: Record<string, string> = {}): Uint8Array =>
  zipSync({
    "word/document.xml": strToU8(documentXml),
    ...Object.fromEntries(Object.entries(more).map(([k, v]) => [k, strToU8(v)])),
  });

const body = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    return (error as DocxError).code;
  }
}

/** Official list levels as Word's 公文 templates define them: 一、 （一） 1. （1）. */
const officialNumbering = (suffix: (typeof LevelSuffix)[keyof typeof LevelSuffix]) => ({
  config: [
    {
      reference: "official",
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", suffix },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", suffix },
        { level: 2, format: LevelFormat.DECIMAL, text: "%3.", suffix },
        { level: 3, format: LevelFormat.DECIMAL, text: "（%4）", suffix },
        { level: 4, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%5", suffix },
      ],
    },
  ],
});

describe("readDocx: text in reading order", () => {
  test("readDocx: draws Word's automatic numbering (chineseCounting, bracketed, decimal) as text", async () => {
    const p = (text: string, level: number) =>
      new Paragraph({ text, numbering: { reference: "official", level } });
    const bytes = await pack(
      new Document({
        numbering: officialNumbering(LevelSuffix.NOTHING),
        sections: [
          {
            children: [
              p("总体情况", 0),
              p("工作动态", 0),
              p("数字政府", 1),
              p("第一项", 2),
              p("第二项", 2),
              p("细目", 3),
              p("圈号", 4),
              p("惠企政策", 1),
              p("第一项", 2),
              p("重点工作", 0),
              p("项目建设", 1),
            ],
          },
        ],
      }),
    );
    const { text, warnings } = await readDocx(bytes);
    expect(warnings).toEqual([]);
    expect(text.trim().split("\n\n")).toEqual([
      "一、总体情况",
      "二、工作动态",
      "（一）数字政府",
      "1.第一项",
      "2.第二项",
      "（1）细目",
      "①圈号",
      "（二）惠企政策",
      "1.第一项",
      "三、重点工作",
      "（一）项目建设",
    ]);
  });

  test("readDocx: writes a level's suffix as Word does: a tab by default, or a space", async () => {
    for (const [suffix, gap] of [
      [LevelSuffix.TAB, "\t"],
      [LevelSuffix.SPACE, " "],
    ] as const) {
      const bytes = await pack(
        new Document({
          numbering: officialNumbering(suffix),
          sections: [
            {
              children: [
                new Paragraph({ text: "总体情况", numbering: { reference: "official", level: 0 } }),
              ],
            },
          ],
        }),
      );
      expect((await readDocx(bytes)).text).toBe(`一、${gap}总体情况\n`);
    }
  });

  test("readDocx: a bulletin whose 一、 and （一） come from numbering parses like one typed by hand", async () => {
    const typed = await readDocx(await renderDocx(issue9()));
    // The same document with its markers taken out of the text and given to numbering instead.
    const paragraphs = typed.text.trim().split("\n\n");
    const level = (t: string): number | undefined =>
      /^[一二三四五六七八九十]+、/.test(t)
        ? 0
        : /^（[一二三四五六七八九十]+）/.test(t)
          ? 1
          : undefined;
    const bytes = await pack(
      new Document({
        numbering: officialNumbering(LevelSuffix.NOTHING),
        sections: [
          {
            children: paragraphs.map((t) => {
              const l = level(t);
              return l === undefined
                ? new Paragraph({ text: t })
                : new Paragraph({
                    text: t.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, ""),
                    numbering: { reference: "official", level: l },
                  });
            }),
          },
        ],
      }),
    );
    const numbered = await readDocx(bytes);
    expect(completed(parseBulletinText(numbered.text))).toEqual(
      completed(parseBulletinText(typed.text)),
    );
  });

  test("readDocx: reads a table as | rows, and leaves out deleted and hidden text", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const bytes = await pack(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [
                  new TextRun("留下"),
                  new DeletedTextRun({
                    text: "删掉",
                    id: 1,
                    author: "a",
                    date: "2025-01-01T00:00:00Z",
                  }),
                  new TextRun({ text: "隐藏", vanish: true }),
                  new TextRun("的字"),
                ],
              }),
              new Table({
                rows: [
                  new TableRow({ children: [cell("指标"), cell("数值")] }),
                  new TableRow({ children: [cell("办件量"), cell("5.88万件")] }),
                ],
              }),
              new Paragraph("表后"),
            ],
          },
        ],
      }),
    );
    expect((await readDocx(bytes)).text).toBe(
      "留下的字\n\n| --- | --- |\n| 指标 | 数值 |\n| 办件量 | 5.88万件 |\n\n表后\n",
    );
  });

  test("readDocx: writes header rows above the rule, a merged cell's text in its first column, and | escaped", async () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const tc = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
    const header = "<w:trPr><w:tblHeader/></w:trPr>";
    const xml = body(
      "<w:tbl>" +
        `<w:tr>${header}${tc("地区", '<w:vMerge w:val="restart"/>')}${tc("受理量", '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${header}${tc("", "<w:vMerge/>")}${tc("本月")}${tc("同比")}</w:tr>` +
        `<w:tr>${tc("成都|锦江")}${tc("4528件")}${tc("+3.2%")}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("/")}${tc("—")}</w:tr>` +
        "</w:tbl>" +
        p("注：数据来源于系统。"),
    );
    expect((await readDocx(docxOf(xml))).text).toBe(
      [
        "| 地区 | 受理量 |  |",
        "|  | 本月 | 同比 |",
        "| --- | --- | --- |",
        "| 成都\\|锦江 | 4528件 | +3.2% |",
        "|  | / | — |",
        "",
        "注：数据来源于系统。",
        "",
      ].join("\n"),
    );
  });

  test("readDocx: a table in a cell gives its text to that cell; a table of blank cells is left out", async () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const inner = `<w:tbl><w:tr><w:tc>${p("甲")}</w:tc><w:tc>${p("乙")}</w:tc></w:tr></w:tbl>`;
    const xml = body(
      `<w:tbl><w:tr><w:tc>${p("外")}${inner}</w:tc><w:tc>${p("丙")}</w:tc></w:tr></w:tbl>` +
        `<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="99999999"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>` +
        p("表后"),
    );
    expect((await readDocx(docxOf(xml))).text).toBe("| --- | --- |\n| 外 甲 乙 | 丙 |\n\n表后\n");
  });

  test("readDocx: a gridSpan beyond Word's 63 columns counts as 63", async () => {
    const xml = body(
      '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999999"/></w:tcPr><w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
    const [rule, row] = (await readDocx(docxOf(xml))).text.trimEnd().split("\n");
    expect(rule?.split("---").length).toBe(64);
    expect(row?.startsWith("| 宽 |")).toBe(true);
    expect(row?.split("|").length).toBe(65);
  });

  test("readDocx: takes the choice of markup-compatibility content once, and a field's result, not its code", async () => {
    const xml = body(
      `<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>` +
        `<w:p><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:r><w:t>框内</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>框内</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`,
    );
    expect((await readDocx(docxOf(xml))).text).toBe("第 3 页\n\n框内\n");
  });

  test("readDocx: numbers paragraphs through their style's list, and warns once about a list it does not know", async () => {
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/word/styles.xml"/></Relationships>`;
    const xml = body(
      `<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="H1b"/></w:pPr><w:r><w:t>乙</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr><w:r><w:t>丙</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr><w:r><w:t>丁</w:t></w:r></w:p>`,
    );
    const { text, warnings } = await readDocx(
      docxOf(xml, {
        "word/numbering.xml": numbering,
        "word/styles.xml": styles,
        "word/_rels/document.xml.rels": rels,
      }),
    );
    expect(text).toBe("一、甲\n\n二、乙\n\n丙\n\n丁\n");
    expect(warnings.map((w) => w.code)).toEqual(["unknown-numbering"]);
  });

  test("readDocx: reads empty run properties, a tab and a section break in the shape LibreOffice writes them", async () => {
    // The real second producer (LibreOffice itself) is in libreoffice.slow.test.ts.
    const xml = body(
      `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr><w:t>四川省</w:t></w:r><w:r><w:rPr></w:rPr><w:tab/><w:t>2025年11月10日</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
    );
    expect((await readDocx(docxOf(xml))).text).toBe("四川省\t2025年11月10日\n");
  });
});

describe("readDocx: hostile input gets a typed DocxError", () => {
  test.each([
    ["not-docx", "plain text", strToU8("政务窗口月报 第9期")],
    ["not-docx", "a PDF", strToU8("%PDF-1.7\n%âãÏÓ\n")],
    ["not-docx", "no bytes", new Uint8Array(0)],
    [
      "legacy-doc",
      "a Word 97 .doc (OLE compound file)",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    ],
    [
      "encrypted",
      "a password-protected DOCX (OLE with an EncryptedPackage stream)",
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Array(504).fill(0),
        ...[..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
    ],
    ["missing-part", "a zip without word/document.xml", zipSync({ "hello.txt": strToU8("hi") })],
    ["corrupt", "a zip header and nothing else", new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
    ["invalid-xml", "a document that is not XML", docxOf("<w:document><w:body>")],
    [
      "invalid-xml",
      "a document that is not UTF-8",
      zipSync({ "word/document.xml": new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]) }),
    ],
  ])("readDocx: %s for %s", async (code, _what, bytes) => {
    expect(await codeOf(readDocx(bytes))).toBe(code);
  });

  test("readDocx: a truncated DOCX (cut anywhere) is corrupt, never a crash", async () => {
    const bytes = await renderDocx(issue9());
    for (const at of [10, 100, 1000, bytes.length / 2, bytes.length - 30, bytes.length - 1]) {
      expect(await codeOf(readDocx(bytes.subarray(0, Math.floor(at))))).toMatch(
        /^(corrupt|missing-part)$/,
      );
    }
  });

  test("readDocx: an entry that declares 1 GiB is refused before it is inflated", async () => {
    const bomb = zipOfDeflated("word/document.xml", deflatedZeros(1024), 2 ** 30);
    const error = await readDocx(bomb).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too-large", part: "word/document.xml" });
  });

  test("readDocx: an entry that inflates to 1 GiB under a header claiming 1 KiB stops at 1 KiB", async () => {
    const before = process.memoryUsage().arrayBuffers;
    const bomb = zipOfDeflated("word/document.xml", deflatedZeros(1024), 1024);
    expect(await codeOf(readDocx(bomb))).toBe("corrupt");
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
  });

  test("readDocx: maxInflatedBytes caps what the parts read may inflate to", async () => {
    const bytes = await renderDocx(issue9());
    expect(await codeOf(readDocx(bytes, { maxInflatedBytes: 10_000 }))).toBe("too-large");
  });

  test("readDocx: deeply nested XML stops at maxDepth", async () => {
    const deep = `${"<w:sdt>".repeat(100_000)}${"</w:sdt>".repeat(100_000)}`;
    const error = await readDocx(docxOf(body(deep))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too-deep", part: "word/document.xml" });
    expect(await codeOf(readDocx(docxOf(body("<w:p/>".repeat(10))), { maxDepth: 2 }))).toBe(
      "too-deep",
    );
  });

  test("readDocx: never resolves an external entity (XXE) or expands a billion laughs", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    const error = await readDocx(docxOf(xxe)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "doctype-not-allowed" });
    expect(String((error as Error).message)).not.toContain("root:");
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await codeOf(readDocx(docxOf(laughs)))).toBe("doctype-not-allowed");
    // Without a DOCTYPE an entity reference is not well-formed: nothing to expand.
    expect(await codeOf(readDocx(docxOf(body("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"))))).toBe(
      "invalid-xml",
    );
  });

  test.each([
    ["a string", "PK"],
    ["null", null],
    ["a number array", [0x50, 0x4b]],
  ])("readDocx: %s is invalid-input", async (_what, input) => {
    expect(await codeOf(readDocx(input as never))).toBe("invalid-input");
  });

  test.each([
    ["maxInflatedBytes", { maxInflatedBytes: 0 }],
    ["maxInflatedBytes", { maxInflatedBytes: "big" }],
    ["maxDepth", { maxDepth: 1.5 }],
    ["locale", { locale: "fr" }],
  ])("readDocx: a bad %s is invalid-option", async (path, options) => {
    const error = await readDocx(await renderDocx(issue9()), options as never).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "invalid-option", path: path.split(".") });
  });

  test("readDocx: random bytes and damaged documents give text or a DocxError, nothing else (500 runs)", async () => {
    const good = await renderDocx(issue9());
    const files = unzipSync(good);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          // Flip bytes of a real DOCX.
          fc
            .array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 20,
            })
            .map((edits) => {
              const copy = good.slice();
              for (const [at, value] of edits) copy[at] = value;
              return copy;
            }),
          // Cut document.xml short inside a valid zip.
          fc.nat().map((cut) => {
            const xml = files["word/document.xml"] as Uint8Array;
            return zipSync({ ...files, "word/document.xml": xml.subarray(0, cut % xml.length) });
          }),
        ),
        async (bytes) => {
          try {
            const { text } = await readDocx(bytes);
            expect(typeof text).toBe("string");
          } catch (error) {
            expect(error).toBeInstanceOf(DocxError);
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
