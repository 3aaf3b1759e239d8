/**
 * readPdf on 三线表 that Chromium prints from HTML (a rule over the table, one under its head,
 * one under its last row, no vertical rules), among the parts of a bulletin page that also
 * draw horizontal rules: the masthead's red rule and the 版记. Needs Chromium and Noto CJK:
 * skipped without them on a developer's machine, failed under CI.
 */
import { readPdf } from "@bulletin/pdf";
import { type ChromiumSession, launchChromium } from "@bulletin/testkit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertTools, runsWith, SLOW_MACHINE } from "./tools";

const escapeHtml = (s: string): string =>
  s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

/** A bulletin-like page: masthead and red rule, paragraphs, the tables, the 版记 with its rules. */
function page(
  tables: { caption: string; head: string[]; rows: string[][] }[],
  align: "left" | "center" | "right" = "center",
  firstColumn = "auto",
): string {
  const table = (t: { caption: string; head: string[]; rows: string[][] }): string =>
    `<p class="caption">${escapeHtml(t.caption)}</p><table><thead><tr>${t.head
      .map((h) => `<th>${escapeHtml(h)}</th>`)
      .join("")}</tr></thead><tbody>${t.rows
      .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
      .join("")}</tbody></table>`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { font: 16pt/1.6 "Noto Serif CJK SC"; margin: 0; }
  h1 { color: #c00; text-align: center; font-size: 30pt; margin: 0; }
  .no { display: flex; justify-content: space-between; margin: 0; }
  .red { border: 0; border-top: 2pt solid #c00; margin: 4pt 0 12pt; }
  p { margin: 0; text-indent: 2em; }
  p.caption { text-indent: 0; text-align: center; font-size: 14pt; margin-top: 8pt; }
  table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.5;
    border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }
  thead th { border-bottom: 0.75pt solid #000; font-weight: bold; }
  /* A row split by a page break (its wrapped cell's last line on the next page) is not read
     back as one row (see the README); official tables keep their rows whole. */
  tr { break-inside: avoid; }
  th, td { padding: 3pt 6pt; text-align: ${align}; }
  td:first-child { width: ${firstColumn}; }
  .tail { margin-top: 24pt; border-top: 1pt solid #000; border-bottom: 1pt solid #000; }
  .tail div { display: flex; justify-content: space-between; padding: 0 4pt; font-size: 14pt; }
  .tail div + div { border-top: 0.75pt solid #000; }
  </style></head><body>
  <h1>政务窗口月报</h1>
  <p class="no" style="text-indent:0"><span>四川省政务服务中心编</span><span>2025年11月10日</span></p>
  <hr class="red">
  <p>各市（州）政务服务中心持续深化综合窗口改革，本月办件情况如下。</p>
  ${tables.map(table).join("\n<p>以上数据来自各地报送。</p>\n")}
  <p>下一步，将继续推进政务服务事项全程网办。</p>
  <div class="tail"><div><span>抄送：省政府办公厅，各市（州）政务服务中心。</span></div>
  <div><span>四川省政务服务中心办公室</span><span>2025年11月10日印发</span></div></div>
  </body></html>`;
}

/** The lines readPdf should give for a table: its head, the rule, its rows. */
const rowsOf = (t: { head: string[]; rows: string[][] }): string[] => [
  `| ${t.head.join(" | ")} |`,
  `| ${t.head.map(() => "---").join(" | ")} |`,
  ...t.rows.map((r) => `| ${r.join(" | ")} |`),
];

describe.skipIf(!runsWith("chromium", "notoCjk"))("readPdf on 三线表 printed by Chromium", () => {
  let session: ChromiumSession;

  const print = async (html: string): Promise<Uint8Array> => {
    const p = await session.context.newPage();
    try {
      await p.setContent(html);
      return await p.pdf({ preferCSSPageSize: true });
    } finally {
      await p.close();
    }
  };

  beforeAll(async () => {
    assertTools("chromium", "notoCjk");
    session = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  const TABLE = {
    caption: "表1 各市（州）办件量",
    head: ["市（州）", "受理量", "办结量", "办结率"],
    rows: [
      ["成都", "45280件", "44102件", "97.4%"],
      ["绵阳", "12603件", "12011件", "95.3%"],
      ["德阳", "8716件", "8590件", "98.6%"],
      ["合计", "66599件", "64703件", "97.2%"],
    ],
  };

  test("readPdf: reads a printed 三线表 as `| a | b |` rows under its head, the masthead, paragraphs and 版记 around it as text", async () => {
    const { text } = await readPdf(await print(page([TABLE])), SLOW_MACHINE);
    const lines = text.split("\n");
    const at = lines.indexOf(rowsOf(TABLE)[0] as string);
    expect(at, text).toBeGreaterThan(0);
    expect(lines.slice(at, at + TABLE.rows.length + 2)).toEqual(rowsOf(TABLE));
    expect(lines[at - 1]).toBe(TABLE.caption);
    expect(lines.filter((l) => l.startsWith("|"))).toHaveLength(TABLE.rows.length + 2);
    // The 版记 stays text: its 抄送 line and its office and date.
    expect(lines).toContain("抄送：省政府办公厅，各市（州）政务服务中心。");
    expect(text).toContain("四川省政务服务中心办公室");
    expect(text).toContain("2025年11月10日印发");
  }, 180_000);

  test("readPdf: reads a 三线表 whose first-column cells wrap on two and three lines, their neighbours centred, one row a cell", async () => {
    const wrapping = {
      caption: "表3 各窗口办件量",
      head: ["窗口", "受理量", "办结量"],
      rows: [
        ["成都", "100件", "90件"],
        ["不动产登记", "150件", "120件"],
        ["不动产登记综合窗口", "200件", "180件"],
        ["绵阳", "300件", "270件"],
      ],
    };
    const { text } = await readPdf(await print(page([wrapping], "center", "4em")), SLOW_MACHINE);
    expect(
      text.split("\n").filter((l) => l.startsWith("|")),
      text,
    ).toEqual(rowsOf(wrapping));
  }, 180_000);

  test("readPdf: keeps the lede above a table out of it when the two tables' heads differ in width (fast-check seed -622159534)", async () => {
    const first = {
      caption: "表2 办件情况",
      head: ["窗口", "受理量", "办结量"],
      rows: [
        ["绵阳", "9645", "16505"],
        ["成都", "30316", "75.5%"],
      ],
    };
    const second = {
      caption: "表2 办件情况",
      head: ["满意率", "受理量", "事项", "备注"],
      rows: [
        ["企业开办专区", "65.5%", "93425", "13774"],
        ["德阳", "95.6%", "32459件", "68217"],
      ],
    };
    const { text } = await readPdf(await print(page([first, second], "left")), SLOW_MACHINE);
    const lines = text.split("\n");
    expect(
      lines.filter((l) => l.startsWith("|")),
      text,
    ).toEqual([...rowsOf(first), ...rowsOf(second)]);
    expect(lines).toContain("各市（州）政务服务中心持续深化综合窗口改革，本月办件情况如下。");
  }, 180_000);

  test("readPdf: reads one or two generated 三线表 (cells set left, centred or right; first-column cells that wrap) back cell for cell", async () => {
    const word = fc.constantFrom(
      "成都",
      "绵阳",
      "德阳",
      "综合窗口",
      "社保窗口",
      "不动产登记",
      "公积金",
      "医保",
      "不动产登记综合窗口",
      "企业开办专区",
    );
    const figure = fc
      .integer({ min: 0, max: 99_999 })
      .chain((n) => fc.constantFrom(`${n}`, `${n}件`, `${(n / 1000).toFixed(1)}%`));
    const table = fc.integer({ min: 2, max: 5 }).chain((columns) =>
      fc.record({
        caption: fc.constant("表2 办件情况"),
        head: fc.uniqueArray(
          fc.constantFrom("窗口", "事项", "受理量", "办结量", "满意率", "备注"),
          {
            minLength: columns,
            maxLength: columns,
          },
        ),
        rows: fc.array(
          fc.tuple(word, fc.array(figure, { minLength: columns - 1, maxLength: columns - 1 })),
          { minLength: 2, maxLength: 8 },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(table, { minLength: 1, maxLength: 2 }),
        fc.constantFrom("left" as const, "center" as const, "right" as const),
        fc.constantFrom("auto", "4em", "5em"),
        async (ts, align, firstColumn) => {
          const models = ts.map((t) => ({
            ...t,
            rows: t.rows.map(([w, figures]) => [w, ...figures]),
          }));
          const { text } = await readPdf(
            await print(page(models, align, firstColumn)),
            SLOW_MACHINE,
          );
          const got = text.split("\n").filter((l) => l.startsWith("|"));
          expect(got, text).toEqual(models.flatMap(rowsOf));
        },
      ),
      // Each case is a print. The draw is fixed, as the print property's is, so that CI does not
      // fail on luck: a random draw under CI found the lede case above (seed -622159534); after
      // its fix 80 random draws passed. Set UNRULED_PROPERTY_SEED (and raise numRuns) to draw
      // other tables.
      {
        numRuns: 6,
        endOnFailure: true,
        seed: Number(process.env.UNRULED_PROPERTY_SEED ?? 20261205),
      },
    );
  }, 600_000);
});
