import { describe, expect, test } from "vitest";
import { foldRadicals } from "../src/internal/fold-radicals";
import {
  isPageNumberText,
  layoutText,
  type PageRuns,
  type TextRun,
} from "../src/internal/layout-text";

/** A run of `text` at (x, y) in a 16 pt font, each character one em wide. */
const run = (text: string, x: number, y: number, size = 16): TextRun => ({
  str: text,
  x,
  y,
  size,
  width: [...text].length * size,
});

const A4 = { width: 595, height: 842 };
const LEFT = 80;
const page = (runs: TextRun[]): PageRuns => ({ ...A4, runs });
/** A full line of 28 characters at the left edge, or indented two characters. */
const full = (text: string, y: number): TextRun => run(text.padEnd(28, "文"), LEFT, y);
const indented = (text: string, y: number): TextRun => run(text.padEnd(26, "文"), LEFT + 32, y);

describe("layoutText: lines and paragraphs from positions", () => {
  test("layoutText: joins the lines of a paragraph that fill the measure, and starts a paragraph at an indent", () => {
    const { paragraphs } = layoutText([
      page([
        indented("甲", 100),
        full("乙", 129),
        run("丙。", LEFT, 158),
        indented("丁", 187),
        run("戊。", LEFT, 216),
      ]),
    ]);
    expect(paragraphs.map((p) => p.slice(0, 1) + p.slice(-2))).toEqual(["甲丙。", "丁戊。"]);
  });

  test("layoutText: joins a paragraph across a page break and drops the page number between", () => {
    const { paragraphs, dropped } = layoutText([
      page([indented("甲", 100), full("乙", 129), run("— 1 —", 400, 790, 14)]),
      page([run("丙。", LEFT, 100), run("— 2 —", 100, 790, 14)]),
    ]);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.endsWith("丙。")).toBe(true);
    expect(dropped.pageNumbers).toEqual([1, 2]);
  });

  test("layoutText: a page that holds only indented lines starts a paragraph at each (the text block is the document's, not the page's)", () => {
    // Found by the renderPdf round trip: the last page held two short paragraphs, both
    // indented, so its own left edge was their indent and the first one was joined to the
    // full line that ended the page before.
    const { paragraphs } = layoutText([
      page([indented("甲", 100), full("乙", 129), run("— 1 —", 400, 790, 14)]),
      page([
        run("丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙。", LEFT + 32, 100),
        run("丁。", LEFT + 32, 129),
        run("— 2 —", 100, 790, 14),
      ]),
    ]);
    expect(paragraphs.map((p) => p.slice(0, 1))).toEqual(["甲", "丙", "丁"]);
  });

  test("layoutText: reads pages whose margins mirror (the text block 10 pt further right on even pages, as LibreOffice prints)", () => {
    const shift = 10;
    const { paragraphs } = layoutText([
      page([indented("甲", 100), full("乙", 129), run("丙。", LEFT, 158)]),
      page([
        run("丁".padEnd(26, "文"), LEFT + shift + 32, 100),
        run("戊".padEnd(27, "文"), LEFT + shift, 129),
        run("己。", LEFT + shift, 158),
      ]),
    ]);
    expect(paragraphs.map((p) => p.slice(0, 1) + p.slice(-2))).toEqual(["甲丙。", "丁己。"]);
  });

  test("layoutText: keeps the right-aligned 共印N份 apart from a distribution line that nearly fills the measure", () => {
    // Found by the renderPdf round trip: the tail alone on the last page, its 抄送 line ending
    // near the right edge, and 共印4990份 set flush right below it.
    const { paragraphs } = layoutText([
      page([
        run("送：与数理重。", LEFT + 16, 100),
        run("抄送：前子制去十她定生农表、事过比业可为平二日、出几种少。", LEFT + 16, 129),
        run("共印4990份", LEFT + 16 + 29 * 16 - 8 * 16, 158),
      ]),
    ]);
    expect(paragraphs).toEqual([
      "送：与数理重。",
      "抄送：前子制去十她定生农表、事过比业可为平二日、出几种少。",
      "共印4990份",
    ]);
  });

  test("layoutText: joins a centred masthead title that wraps, and keeps the centred line under it apart", () => {
    // Found by the renderPdf round trip: a 12-character title in 40 pt wrapped after ten.
    const title = (text: string, y: number): TextRun => {
      const width = [...text].length * 40;
      return { str: text, x: 300 - width / 2, y, size: 40, width };
    };
    const { paragraphs } = layoutText([
      page([
        title("法几所里向设事利五处", 120),
        title("简报", 165),
        run("第28期", 276, 220),
        full("甲", 300),
      ]),
    ]);
    expect(paragraphs.slice(0, 2)).toEqual(["法几所里向设事利五处简报", "第28期"]);
  });

  test("layoutText: keeps a centred caption in the body size apart from the full line before it", () => {
    const { paragraphs } = layoutText([
      page([indented("甲", 100), full("乙", 129), run("表1　受理情况", 248, 158), full("丙", 187)]),
    ]);
    expect(paragraphs.map((p) => p.slice(0, 1))).toEqual(["甲", "表", "丙"]);
  });

  test("layoutText: starts a paragraph at each 报/送/发 line, though the page holds nothing else and the first fills it", () => {
    // Found by the renderPdf round trip: the 版记 alone on the last page, one character in,
    // its 报 line the widest, so it set the page's right edge and seemed to go on.
    const { paragraphs } = layoutText([
      page([indented("甲", 100), full("乙", 129), run("丙。", LEFT, 158)]),
      page([
        run("报：做好说设想、式新她展放必中几样、了较形立为五资。", LEFT + 16, 100),
        run("送：心使里都后一很明。", LEFT + 16, 129),
        run("发：们图命上。", LEFT + 16, 158),
      ]),
    ]);
    expect(paragraphs.slice(1).map((p) => p.slice(0, 2))).toEqual(["报：", "送：", "发："]);
  });

  test("layoutText: keeps the figures of a table's last row at the foot of a page (one cell a line, at the text's pitch)", () => {
    // Found by printing the corpus with LibreOffice: `783` and `567`, a table's last cells,
    // fell at the foot of page 1 and were both dropped as page numbers.
    const { paragraphs, dropped } = layoutText([
      page([
        indented("甲", 100),
        run("咨询", LEFT, 700),
        run("783", LEFT, 729),
        run("567", LEFT, 758),
      ]),
      page([run("丙。", LEFT, 100)]),
    ]);
    expect(paragraphs.slice(-3)).toEqual(["783", "567", "丙。"]);
    expect(dropped.pageNumbers).toEqual([]);
  });

  test.each([
    ["a bare number set apart from the text", "3", true],
    ["a marked number", "— 3 —", true],
    ["a number with a zero first (a cell's 00)", "00", false],
  ])(
    "layoutText: at the foot of a page, drops %s as the page number, one line only",
    (_, text, drops) => {
      const { paragraphs, dropped } = layoutText([
        page([run("甲。", LEFT + 32, 100), run("2", LEFT, 129), run(text, 290, 800, 12)]),
      ]);
      expect(paragraphs.filter((p) => p !== "")).toEqual(
        drops ? ["甲。", "2"] : ["甲。", "2", text],
      );
      expect(dropped.pageNumbers).toEqual(drops ? [1] : []);
    },
  );

  test("layoutText: keeps a line that looks like a page number but stands among the text", () => {
    const { paragraphs, dropped } = layoutText([
      page([run("表一", LEFT, 100), run("12", LEFT, 400), run("完。", LEFT, 700)]),
    ]);
    expect(paragraphs).toEqual(["表一", "12", "完。"]);
    expect(dropped.pageNumbers).toEqual([]);
  });

  test("layoutText: does not join a line that ends short of the right edge", () => {
    const { paragraphs } = layoutText([
      page([indented("甲", 100), run("乙丙", LEFT, 129), run("丁。", LEFT, 158)]),
    ]);
    expect(paragraphs).toHaveLength(2);
  });

  test("layoutText: does not join across a gap wider than a line", () => {
    const { paragraphs } = layoutText([
      page([indented("甲", 100), full("乙", 129), run("丙。", LEFT, 250), run("丁。", LEFT, 279)]),
    ]);
    expect(paragraphs).toHaveLength(3);
  });

  test.each([
    ["four digits", "2023户家庭发放贷款。", true],
    ["three digits and the character after them", "304户家庭发放贷款。", true],
    ["three digits and a space", "304 户家庭发放贷款。", false],
    ["a three-digit number alone on the line", "304", false],
    ["two marks and the character after them (no number)", "??二、商品房销售", false],
    ["a pinyin reading", "(zhǎng)6.4%和1.7%。", true],
    ["a Han character (it would have fitted)", "户家庭发放贷款。", false],
  ])(
    "layoutText: a line that ends short by less than the next line's first word (%s) goes on into it",
    (_, next, joined) => {
      // 26 characters of 28: two em short. The break a Latin word or a number forces.
      const { paragraphs } = layoutText([
        page([indented("甲", 100), run("乙".repeat(26), LEFT, 129), run(next, LEFT, 158)]),
      ]);
      expect(paragraphs).toHaveLength(joined ? 1 : 2);
    },
  );

  /** A full line of 28 characters that ends with `text`. */
  const endingWith = (text: string): string => text.padStart(28, "文");
  test.each([
    ["a short heading line after a full line", "第二产业增长33.5%", "四、消费市场实现增长", false],
    ["a heading after a sentence's end", "现将检查情况通报如下：", "一、检查基本情况", false],
    [
      "a full item line after a sentence's end",
      "现将检查情况通报如下：",
      "（一）建筑施工：本次检查在建项目共10个，其中商住房1个，".slice(0, 28),
      false,
    ],
    [
      "a run-in heading after a full stop",
      "全年共完成各项任务。",
      "二、强化服务，提升效率。",
      false,
    ],
    [
      "a short last line of a list, its points parted by `；`",
      "二、提升效率；三、优化环境；",
      "四、加强督查。",
      true,
    ],
    [
      "a full line going on after a marker, no sentence ended",
      "分别是一、二、三项内容及",
      "四、五项要求，同时开展专项督查工作并及时通报结果，按时完成".slice(0, 28),
      true,
    ],
  ])(
    "layoutText: a numbered heading that opens a line after a full one (%s) starts a paragraph unless the text runs on",
    (_, above, line, joined) => {
      const { paragraphs } = layoutText([
        page([indented("甲", 100), run(endingWith(above), LEFT, 129), run(line, LEFT, 158)]),
      ]);
      expect(paragraphs.filter((p) => p !== "")).toHaveLength(joined ? 1 : 2);
    },
  );

  test("layoutText: joins the lines of a hanging indent (报：… continued one character in)", () => {
    const { paragraphs } = layoutText([
      page([
        indented("正文", 100),
        full("正文", 129),
        run("报：".padEnd(28, "单"), LEFT, 300),
        run("位。", LEFT + 32, 329),
      ]),
    ]);
    const kept = paragraphs.filter((p) => p !== "");
    expect(kept[1]?.startsWith("报：")).toBe(true);
    expect(kept[1]?.endsWith("位。")).toBe(true);
  });

  test("layoutText: puts a space where Latin words meet at a line break, none between Chinese characters", () => {
    const { paragraphs } = layoutText([
      page([run(`${"x".repeat(26)}ab`, LEFT, 100), run("cd", LEFT, 129)]),
    ]);
    expect(paragraphs).toEqual([`${"x".repeat(26)}ab cd`]);
  });

  test("layoutText: reads one text drawn twice at nearly the same place (fake bold) once", () => {
    const { paragraphs } = layoutText([page([run("标题", 200, 100), run("标题", 200.5, 100)])]);
    expect(paragraphs).toEqual(["标题"]);
  });

  test("layoutText: drops a line repeated at the top of the pages, set apart and smaller", () => {
    const header = (n: number): TextRun => run(`政务窗口月报 第${n}页眉`, LEFT, 40, 10.5);
    const text = "正文内容，正文内容，正文内容。";
    const body = (y: number): TextRun => run(text, LEFT, y);
    const { paragraphs, dropped } = layoutText([
      page([header(1), body(100), body(129), body(158)]),
      page([header(2), body(100), body(129), body(158)]),
    ]);
    expect(paragraphs.join("")).toBe(text.repeat(6));
    expect(dropped.headers).toEqual([1, 2]);
  });

  test("layoutText: counts the characters of all pages and lists pages without any", () => {
    const result = layoutText([page([run("甲 乙", LEFT, 100)]), page([])]);
    expect(result.chars).toBe(2);
    expect(result.dropped.emptyPages).toEqual([2]);
  });
});

describe("isPageNumberText", () => {
  test.each([
    ["— 1 —", true],
    ["- 12 -", true],
    ["—1—", true],
    ["第1页", true],
    ["第 3 页 共 6 页", true],
    ["3/12", true],
    ["Page 2 of 6", true],
    ["7", true],
    ["一、总体情况", false],
    ["2025年", false],
    ["第9期", false],
    ["-100", false],
    ["—3", false],
  ])("isPageNumberText(%j) is %s", (text, expected) => {
    expect(isPageNumberText(text)).toBe(expected);
  });
});

describe("foldRadicals", () => {
  test.each([
    ["窗⼝", "窗口"],
    ["部⻔", "部门"],
    ["⼈/次", "人/次"],
    ["⽉⽇", "月日"],
    ["⼾籍", "户籍"],
    ["9月16日―18日", "9月16日—18日"],
    ["没有部首", "没有部首"],
  ])("foldRadicals(%j) is %j", (text, expected) => {
    expect(foldRadicals(text)).toBe(expected);
  });

  test("foldRadicals: leaves no Kangxi radical behind", () => {
    let all = "";
    for (let c = 0x2f00; c <= 0x2fd5; c++) all += String.fromCodePoint(c);
    expect(foldRadicals(all)).not.toMatch(/[\u2f00-\u2fdf]/);
  });
});

describe("layoutText: spaces", () => {
  test("layoutText: drops a space narrower than a Latin space between Chinese and Latin text (autospace)", () => {
    const narrow: TextRun = { str: " ", x: LEFT + 32, y: 100, size: 16, width: 3 };
    const { paragraphs } = layoutText([
      page([run("发布", LEFT, 100), narrow, { ...run("APP", LEFT + 35, 100), width: 30 }]),
    ]);
    expect(paragraphs).toEqual(["发布APP"]);
  });

  test("layoutText: drops a space pdf.js put inside a run between a mark and a Chinese character (`人/ 次` of a justified line)", () => {
    // Found by the renderPdf round trip: Chromium set `/` apart in a justified line and pdf.js
    // gave the run `/ 次`, so the unit 人/次 was read as 人.
    const { paragraphs } = layoutText([
      page([run("共1413", LEFT, 100), run("人", LEFT + 80, 100), run("/ 次。", LEFT + 96, 100)]),
    ]);
    expect(paragraphs).toEqual(["共1413人/次。"]);
    const latin = layoutText([page([run("共 12.36 万件，Windows 系统", LEFT, 100)])]);
    expect(latin.paragraphs).toEqual(["共 12.36 万件，Windows 系统"]);
  });

  test("layoutText: keeps a space of full width between Latin words", () => {
    const space: TextRun = { str: " ", x: LEFT + 30, y: 100, size: 16, width: 4.5 };
    const { paragraphs } = layoutText([
      page([
        { ...run("API", LEFT, 100), width: 30 },
        space,
        { ...run("key", LEFT + 34.5, 100), width: 25 },
      ]),
    ]);
    expect(paragraphs).toEqual(["API key"]);
  });
});
