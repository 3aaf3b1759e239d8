import { describe, expect, test } from "vitest";
import { compareFacts, type Facts, hanRuns, keptRun, modelText } from "./corpus/recall";

/** The oracle itself (corpus/recall.ts): what counts as a fact found, and what does not. */
const facts = (items: string[]): Facts => ({
  title: null,
  number: null,
  year: null,
  totalNumber: null,
  publishedOn: null,
  publisher: null,
  period: null,
  sections: [],
  items,
  figures: [],
  tables: [],
});

const withText = (text: string, itemTitle?: string) => ({
  sections: [
    {
      title: "工业运行",
      items: [{ ...(itemTitle === undefined ? {} : { title: itemTitle }), body: [[text]] }],
    },
  ],
});

const itemsFound = (model: object, items: string[]): boolean[] =>
  compareFacts(model, facts(items))
    .filter((o) => o.kind === "items")
    .map((o) => o.ok);

describe("corpus oracle: item facts", () => {
  test.each([
    ["an item's title", withText("完成产值。", "制造业增速较快"), true],
    ["a 二是 point kept as text", withText("一是工业稳定。二是制造业增速较快。完成产值。"), true],
    [
      "a 十二是 point kept as text, ASCII comma after it",
      withText("十二是制造业增速较快,完成产值。"),
      true,
    ],
    ["the words without their 一是 marker", withText("制造业增速较快。完成产值。"), false],
    ["a point whose words were cut", withText("二是制造业增速。较快完成产值。"), false],
    ["the words inside a longer point", withText("二是制造业增速较快且稳定。"), false],
  ])("%s: found is %s", (_name, model, found) => {
    expect(itemsFound(model, ["制造业增速较快"])).toEqual([found]);
  });

  test("a point holding a quoted phrase, a title or an emphasis inline is found with their marks", () => {
    const model = {
      sections: [
        {
          title: "工作措施",
          items: [
            {
              body: [
                [
                  "一是夯实助企",
                  { type: "quote", text: "主阵地" },
                  "，落实",
                  { type: "title", text: "若干措施" },
                  "。二是",
                  { type: "emphasis", text: "优化服务" },
                  "流程。完成产值。",
                ],
              ],
            },
          ],
        },
      ],
    };
    expect(itemsFound(model, ["夯实助企“主阵地”，落实《若干措施》", "优化服务流程"])).toEqual([
      true,
      true,
    ]);
    expect(modelText(model)).not.toContain("quote");
  });

  test("a section fact is never found as a 一是 point (only items are kept as text)", () => {
    const outcome = compareFacts(withText("一是制造业增速较快。"), {
      ...facts([]),
      sections: ["制造业增速较快"],
    }).find((o) => o.kind === "sections");
    expect(outcome?.ok).toBe(false);
  });
});

describe("corpus oracle: a converter's pinyin", () => {
  test.each([
    [
      "a fact printed with pinyin, the model without",
      ["關(guān)于經(jīng)濟(jì)運行"],
      "關于經濟運行",
      true,
    ],
    ["a fact without pinyin, the model with", ["關于經濟運行"], "關(guān)于經濟運行", true],
    ["a bracketed Latin word is no pinyin", ["關于(GDP)運行"], "關于運行", false],
    ["untoned letters are no pinyin", ["經濟(jing)運行"], "經濟運行", false],
    ["other words stay different", ["關(guān)于經濟運行"], "關于經濟發展", false],
  ])("%s: found is %s", (_name, items, title, found) => {
    expect(itemsFound(withText("正文。", title), items)).toEqual([found]);
  });
});

describe("corpus oracle: runs of Han text a sentence check looks for", () => {
  test.each([
    ["永兴县环境质量报表第318期", ["永兴县环境质量报表"]],
    ["工作简报第十二期", ["工作简报"]],
    ["完成第三季度工作任务", ["完成第三季度工作任务"]],
    ["举办第5期培训班", ["培训班"]],
    ["本月受理办件3215件，办结率99%", ["本月受理办件", "办结率"]],
  ])(
    "hanRuns(%s): an issue number `第N期` is no part of a run; other text is kept",
    (line, runs) => {
      expect(hanRuns(line).map((r) => r.run)).toEqual(runs);
    },
  );

  test.each([
    [
      "民政局上年工作总结和下年工作计划一、上半年工作总结",
      ["民政局上年工作总结和下年工作计划", "上半年工作总结"],
    ],
    ["下年工作计划二十、上半年工作总结", ["下年工作计划", "上半年工作总结"]],
    ["一、上半年工作总结", ["上半年工作总结"]],
    // A word ending on a numeral before 、 (统一、) loses that numeral alone from the check.
    ["进一步统一、规范管理", ["进一步统", "规范管理"]],
    ["一二三四五六七八九十", ["一二三四五六七八九十"]],
  ])(
    "hanRuns(%s): a heading's ordinal run in after Han text is no part of a run; the text either side is",
    (line, runs) => {
      expect(hanRuns(line).map((r) => r.run)).toEqual(runs);
    },
  );

  test.each([
    ["永兴县环境质量报表第 318 期", [{ line: 1, run: "永兴县环境质量报表" }]],
    [
      "永兴县环境质量报表第3\n18期 永兴县环境保护局",
      [
        { line: 1, run: "永兴县环境质量报表" },
        { line: 2, run: "永兴县环境保护局" },
      ],
    ],
    [
      "完成第三\n季度工作任务",
      [
        { line: 1, run: "完成第三" },
        { line: 2, run: "季度工作任务" },
      ],
    ],
  ])(
    "hanRuns(%j): spaces or a line break a copy put inside `第N期` leave it an issue number, the line numbers kept",
    (text, runs) => {
      expect(hanRuns(text)).toEqual(runs);
    },
  );

  test.each([
    ["编辑: 责任编辑: 山桦", []],
    ["责任编辑：欧阳明月", ["欧阳明月"]],
    ["签发人：李四　共印50份", []],
    ["签发人 : 王五六", ["王五六"]],
    // Stray spaces a copy put inside the label leave it the label.
    ["责任编 辑:达娃顿珠", ["达娃顿珠"]],
    ["责 任 编 辑：欧阳明月", ["欧阳明月"]],
    ["签　发人：李四", []],
    // A masthead's fields: its publisher and its date.
    ["报送单位: 某镇人民政府", ["某镇人民政府"]],
    ["报送时间：2017年7月15日", []],
    ["编印单位：某局办公室", ["某局办公室"]],
    ["主办单位:某县委宣传部", ["某县委宣传部"]],
    ["报 送 单 位：某镇人民政府", ["某镇人民政府"]],
    // Not a field's label: the words are text.
    ["责任编辑部门负责审核", ["责任编辑部门负责审核"]],
    ["由签发人审定", ["由签发人审定"]],
    ["各镇报送单位名单", ["各镇报送单位名单"]],
    ["报送时间安排如下", ["报送时间安排如下"]],
    ["责任编 辑部门负责", ["责任编", "辑部门负责"]],
  ])(
    "hanRuns(%s): the label of a field the model holds (责任编辑, 签发人, 编印单位, 报送时间 …) is no part of a run; its value is",
    (line, runs) => {
      expect(hanRuns(line).map((r) => r.run)).toEqual(runs);
    },
  );
});

describe("corpus oracle: the text a model keeps", () => {
  const body = (inlines: unknown[]) => ({
    sections: [{ title: "工作", items: [{ body: [inlines] }] }],
  });

  test.each([
    [{ type: "date", value: { kind: "xun", month: "2012-03", part: "late" } }, "月下旬"],
    [
      { type: "date", value: { kind: "range", start: "2025-09-16", end: "2025-09-18" } },
      "9月16日—18日",
    ],
    [{ type: "date", value: { kind: "month", month: "2025-09" } }, "2025年9月"],
  ])("a date inline (%j) is kept as its written form", (date, written) => {
    const kept = modelText(body([date, "，省政府下发通知。"]));
    expect(kept).toContain(written);
    expect(kept).toContain("省政府下发通知");
  });

  test("a date inline keeps the run of the line it was read from", () => {
    const line = "3月下旬，省政府下发通知";
    const kept = modelText(
      body([
        { type: "date", value: { kind: "xun", month: "2012-03", part: "late" } },
        "，省政府下发通知",
      ]),
    );
    expect(hanRuns(line).filter(({ run }) => !kept.includes(run))).toEqual([]);
    // Not a date the model holds: a run left out is still seen.
    expect(
      hanRuns(line).filter(({ run }) => !modelText(body(["，省政府下发通知"])).includes(run)),
    ).toEqual([{ line: 1, run: "月下旬" }]);
  });
});

describe("corpus oracle: a heading run into its text", () => {
  const model = (title: string, text: string) => ({
    sections: [{ title, items: [{ body: [[text]] }] }],
  });

  test.each([
    // The heading and its text with no mark between: the model holds both, the heading as the title.
    ["消费市场总体平稳前三季度", "消费市场总体平稳", "前三季度，全市零售总额增长3.2%。"],
    ["粮食生产再获丰收全年", "粮食生产再获丰收", "全年粮食产量达到120万吨。"],
  ])("a run split between a heading (%s) and its text is kept", (run, title, text) => {
    const m = model(title, text);
    expect(modelText(m).includes(run)).toBe(false);
    expect(keptRun(m, modelText(m), run)).toBe(true);
  });

  test.each([
    // Part of the run is in no field: still lost.
    ["消费市场总体平稳前三季度", "消费市场总体平稳", "全市零售总额增长3.2%。"],
    // The title is not the run's opening: the rest alone does not keep it.
    ["消费市场总体平稳前三季度", "消费市场", "前三季度，全市零售总额增长3.2%。"],
    // Title and text both present, but the text does not open with the run's rest.
    ["工业生产稳步回升前三季度", "工业生产稳步回升", "全市前三季度工业增长5.1%。"],
  ])(
    "a run (%s) whose parts are not a title and the text after it stays lost",
    (run, title, text) => {
      const m = model(title, text);
      expect(keptRun(m, modelText(m), run)).toBe(false);
    },
  );

  test.each([
    // A heading a copy broke over two lines: the run on the second line opens with the title's end.
    ["种设备使用情况截至", "特种设备使用情况", "截至2022年底，我省共有特种设备使用单位130203家。"],
    ["情况截至", "特种设备使用情况", "截至2022年底，全省共有使用单位130203家。"],
  ])(
    "a run (%s) opening with the end of a heading broken over two lines, then its text, is kept",
    (run, title, text) => {
      const m = model(title, text);
      expect(modelText(m).includes(run)).toBe(false);
      expect(keptRun(m, modelText(m), run)).toBe(true);
    },
  );

  test.each([
    // The title's end opens the run but the text under it does not open with the rest.
    ["种设备使用情况截至", "特种设备使用情况", "全省截至2022年底共有使用单位130203家。"],
    // The run's opening is no end of the title (the title's middle).
    ["设备使用截至", "特种设备使用情况", "截至2022年底，全省共有使用单位130203家。"],
  ])(
    "a run (%s) whose opening is not the end of the heading over its text stays lost",
    (run, title, text) => {
      const m = model(title, text);
      expect(keptRun(m, modelText(m), run)).toBe(false);
    },
  );

  test("a run the model holds whole is kept", () => {
    const m = model("工业", "工业生产稳步回升。");
    expect(keptRun(m, modelText(m), "工业生产稳步回升")).toBe(true);
  });
});

describe("corpus oracle: the weekday printed beside the issue's date", () => {
  const line = "2026年02月27日 星期五";
  const lost = (publishedOn: string | undefined) =>
    hanRuns(line).filter(({ run }) => !modelText({ issue: { publishedOn } }).includes(run));

  test.each([
    ["2026-02-27", []],
    ["2026-03-01", [{ line: 1, run: "星期五" }]],
    [undefined, [{ line: 1, run: "星期五" }]],
  ])("issue date %s: runs lost %j", (publishedOn, runs) => {
    expect(lost(publishedOn)).toEqual(runs);
  });

  test("every weekday is read from its date (2026-02-22 a Sunday, as 星期日)", () => {
    const days = ["22", "23", "24", "25", "26", "27", "28"].map((d) =>
      modelText({ issue: { publishedOn: `2026-02-${d}` } })
        .split("\n")
        .at(-1),
    );
    expect(days).toEqual(["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"]);
  });
});

describe("corpus oracle: an issuer's verb on a masthead line", () => {
  test.each([
    ["发展研究中心编 第1期(总第7期) 2004年3月19日", ["发展研究中心"]],
    ["某县人民政府办公室编印　　2021年5月6日", ["某县人民政府办公室"]],
    ["某市统计局编 2023-04-12", ["某市统计局"]],
    ["某区政务服务中心主办 （总第12期）", ["某区政务服务中心"]],
    ["某县委办公室编印", ["某县委办公室"]],
    ["某某镇党政办印发 二〇二四年三月一日", ["某某镇党政办"]],
    // Inside a sentence, or after no body's name, the words are text.
    ["县政务服务中心统一编印办事指南", ["县政务服务中心统一编印办事指南"]],
    ["省局编印了政策汇编", ["省局编印了政策汇编"]],
    ["资料汇编 2004年3月", ["资料汇编"]],
    ["办公室编写的材料", ["办公室编写的材料"]],
  ])(
    "hanRuns(%s): the issuer's verb (编印, 编, 主办, 印发) after a body's name on its masthead line is no part of a run; the name is",
    (line, runs) => {
      expect(hanRuns(line).map((r) => r.run)).toEqual(runs);
    },
  );
});

describe("corpus oracle: whole dates in Chinese numerals", () => {
  test.each([
    ["二〇二五年十一月十日", []],
    ["二OO九年三月三日", []],
    ["某某办公室 二〇二五年十一月十日", ["某某办公室"]],
    // Spaces a copy put inside the date leave it a date.
    ["二〇一二 年十一月二日", []],
    ["二〇二五年十一月 十日", []],
    ["二〇二五年十 一月三 十一日", []],
    ["　　二〇一二年十一月二 日", []],
    // Not a whole date: the words are text.
    ["二〇二五年工作要点", ["二〇二五年工作要点"]],
    ["二〇二五年十一月份工作", ["二〇二五年十一月份工作"]],
    ["二〇二五 年工作要点", ["二〇二五", "年工作要点"]],
    ["二〇二五年十一 月份工作", ["二〇二五年十一", "月份工作"]],
  ])(
    "hanRuns(%s): a whole date in Chinese numerals (the model holds it as a date) is no part of a run",
    (line, runs) => {
      expect(hanRuns(line).map((r) => r.run)).toEqual(runs);
    },
  );
});

describe("corpus oracle: periods", () => {
  const periodFound = (got: unknown, period: object): boolean =>
    compareFacts(
      { issue: { period: got } },
      { ...facts([]), period: period as Facts["period"] },
    ).find((o) => o.kind === "period")?.ok ?? false;

  test.each([
    ["the same value", { kind: "year", year: 2023 }, { kind: "year", year: 2023 }, true],
    [
      "a range of a whole year for that year",
      { kind: "range", start: "2023-01-01", end: "2023-12-31" },
      { kind: "year", year: 2023 },
      true,
    ],
    [
      "that year for a range of its twelve months",
      { kind: "year", year: 2012 },
      { kind: "range", start: "2012-01-01", end: "2012-12-31" },
      true,
    ],
    [
      "a range of eleven months is not the year",
      { kind: "range", start: "2023-01-01", end: "2023-11-30" },
      { kind: "year", year: 2023 },
      false,
    ],
    ["another year", { kind: "year", year: 2022 }, { kind: "year", year: 2023 }, false],
    ["no period", undefined, { kind: "year", year: 2023 }, false],
    [
      "one of a list of spans",
      { kind: "month", month: "2023-06" },
      [
        { kind: "range", start: "2023-01-01", end: "2023-06-30" },
        { kind: "month", month: "2023-06" },
      ],
      true,
    ],
    [
      "none of a list of spans",
      { kind: "month", month: "2023-05" },
      [
        { kind: "range", start: "2023-01-01", end: "2023-06-30" },
        { kind: "month", month: "2023-06" },
      ],
      false,
    ],
  ])("%s: found is %s", (_name, got, period, found) => {
    expect(periodFound(got, period)).toBe(found);
  });
});

describe("corpus oracle: marks compared full-width", () => {
  const titleFound = (title: string, fact: string): boolean =>
    compareFacts(
      { publication: { title }, issue: {}, sections: [] },
      { ...facts([]), title: fact },
    ).find((o) => o.kind === "title")?.ok === true;

  test.each([
    ["39.3万起！", "39.3万起!", true],
    ["为什么要打12345？", "为什么要打12345?", true],
    ["件件有落实，事事有回音", "件件有落实,事事有回音", true],
    // Double quotes straight or curly read the same.
    ["主要指标高于“中国速度”", '主要指标高于"中国速度"', true],
    ["助力“三城同创”", '助力“三城同创"', true],
    // A different word is still a different title.
    ["39.3万起！", "39.3万件!", false],
    ["主要指标高于“中国速度”", "主要指标高于中国速度", false],
  ])("compareFacts: the title `%s` against the fact `%s` is found: %s", (title, fact, found) => {
    expect(titleFound(title, fact)).toBe(found);
  });
});

describe("corpus oracle: a publication date given as alternatives", () => {
  const dated = (publishedOn: Facts["publishedOn"], got: string | undefined): boolean =>
    compareFacts(got === undefined ? {} : { issue: { publishedOn: got } }, {
      ...facts([]),
      publishedOn,
    }).find((o) => o.kind === "publishedOn")?.ok ?? false;

  test.each([
    [["2024-04-27", "2023-11-15"], "2024-04-27", true],
    [["2024-04-27", "2023-11-15"], "2023-11-15", true],
    [["2024-04-27", "2023-11-15"], "2023-11-14", false],
    [["2024-04-27", "2023-11-15"], undefined, false],
    ["2023-11-15", "2023-11-15", true],
    [null, undefined, true],
    [null, "2023-11-15", false],
  ] as const)("publishedOn %j is found in a model dated %s: %s", (expected, got, ok) => {
    expect(dated(expected as Facts["publishedOn"], got)).toBe(ok);
  });
});

describe("corpus oracle: a table's shape given as alternatives", () => {
  // A copy cut mid-row, or a head a reader can count two ways: the fact lists each count it accepts.
  const table = (head: number, rows: number) => ({
    sections: [
      {
        title: "投诉办理",
        items: [
          {
            body: [
              {
                type: "table",
                head: [Array.from({ length: head }, (_, k) => `列${k}`)],
                rows: Array.from({ length: rows }, () => ["甲"]),
              },
            ],
          },
        ],
      },
    ],
  });
  const found = (expected: Facts["tables"][number], model: object): boolean =>
    compareFacts(model, { ...facts([]), tables: [expected] }).find((o) => o.kind === "tables")
      ?.ok ?? false;

  test.each([
    [{ caption: null, columns: 4, rows: [4, 5] }, 4, 5, true],
    [{ caption: null, columns: 4, rows: [4, 5] }, 4, 4, true],
    [{ caption: null, columns: 4, rows: [4, 5] }, 4, 6, false],
    [{ caption: null, columns: [3, 4], rows: 10 }, 3, 10, true],
    [{ caption: null, columns: [3, 4], rows: 10 }, 5, 10, false],
    [{ caption: null, columns: 6, rows: 8 }, 6, 8, true],
    [{ caption: null, columns: 6, rows: 8 }, 6, 7, false],
  ] as const)("%j is found in a table %i wide, %i rows long: %s", (expected, head, rows, ok) => {
    expect(found(expected as Facts["tables"][number], table(head, rows))).toBe(ok);
  });
});

describe("corpus oracle: figure facts", () => {
  const figureFound = (unit: string, modelUnit: string, value = 13): boolean =>
    compareFacts(
      { metrics: [{ value, unit: modelUnit }] },
      { ...facts([]), figures: [{ text: `${value}${unit}`, value: 13, unit }] },
    )
      .filter((o) => o.kind === "figures")
      .every((o) => o.ok);

  test.each([
    ["the same unit", "个", "个", true],
    ["a unit a traditional copy prints (個), the model's simplified 个", "個", "个", true],
    ["項 against 项", "項", "项", true],
    ["萬人 against 万人", "萬人", "万人", true],
    // The model writes an area's unit in words and micro with the Greek letter (its one spelling).
    ["㎡ against 平方米", "㎡", "平方米", true],
    ["元/㎡ against 元/平方米", "元/㎡", "元/平方米", true],
    ["µg/m3 (the micro sign) against μg/m3 (the Greek letter)", "\u00b5g/m3", "\u03bcg/m3", true],
    // A superscript power is its digit, and `ug` is how a copy without the Greek letter writes μg.
    ["μg/m³ against μg/m3", "\u03bcg/m\u00b3", "\u03bcg/m3", true],
    ["ug/m3 against μg/m3", "ug/m3", "\u03bcg/m3", true],
    ["mg/m³ against mg/m3", "mg/m\u00b3", "mg/m3", true],
    ["m² against m2", "m\u00b2", "m2", true],
    // Near-misses: another unit, or the value differing.
    ["个 against 项", "個", "项", false],
    ["件 against 件次", "件", "件次", false],
    ["㎡ against 平方公里", "㎡", "平方公里", false],
    ["ug/m3 against mg/m3", "ug/m3", "mg/m3", false],
    ["mg/m³ against μg/m3", "mg/m\u00b3", "\u03bcg/m3", false],
    ["kg against μg", "kg", "\u03bcg", false],
  ])("%s (%s against %s): found is %s", (_name, unit, modelUnit, found) => {
    expect(figureFound(unit, modelUnit)).toBe(found);
  });

  test("a unit folded to simplified still needs the same value", () => {
    expect(figureFound("個", "个", 14)).toBe(false);
  });

  // A change the model holds signed (`下降7.3%` as -7.3): a fact written as printed, unsigned
  // (`7.3`) or signed (`-7.3%` printed so), is that change; a sign the other way is not.
  const changeFound = (factValue: number, change: number): boolean =>
    compareFacts(
      { metrics: [{ value: 120, unit: "万元", comparison: { change, changeUnit: "percent" } }] },
      { ...facts([]), figures: [{ text: `${factValue}%`, value: factValue, unit: "%" }] },
    )
      .filter((o) => o.kind === "figures")
      .every((o) => o.ok);

  // A step in percentage points (`比上年下降0.3个百分点`) the model holds as its comparison's change
  // in points: the fact, written with the unit 个百分点 (or 百分点), is that change; a change in
  // percent is not.
  const pointsFound = (
    unit: string,
    factValue: number,
    change: number,
    changeUnit: "percent" | "points",
  ): boolean =>
    compareFacts(
      { metrics: [{ value: 5.2, unit: "%", comparison: { change, changeUnit } }] },
      { ...facts([]), figures: [{ text: `${factValue}${unit}`, value: factValue, unit }] },
    )
      .filter((o) => o.kind === "figures")
      .every((o) => o.ok);

  test.each([
    ["个百分点", 0.3, -0.3, "points", true],
    ["个百分点", 0.3, 0.3, "points", true],
    ["个百分点", -0.3, -0.3, "points", true],
    ["百分点", 1.7, 1.7, "points", true],
    ["個百分點", 1.7, 1.7, "points", true],
    // Near-misses: a change in percent, another value, a sign the other way, another unit.
    ["个百分点", 0.3, -0.3, "percent", false],
    ["个百分点", 0.4, -0.3, "points", false],
    ["个百分点", -0.3, 0.3, "points", false],
    ["个", 0.3, 0.3, "points", false],
  ] as const)(
    "a fact of %s %d against a change the model holds as %d %s: found is %s",
    (unit, fact, change, changeUnit, found) => {
      expect(pointsFound(unit, fact, change, changeUnit)).toBe(found);
    },
  );

  test.each([
    [7.3, -7.3, true],
    [-7.3, -7.3, true],
    [7.3, 7.3, true],
    [-7.3, 7.3, false],
    [7.4, -7.3, false],
  ])(
    "a percentage fact %d against a change the model holds as %d: found is %s",
    (fact, change, found) => {
      expect(changeFound(fact, change)).toBe(found);
    },
  );
});

describe("corpus oracle: a heading's ordinal marker", () => {
  const headingFound = (kind: "sections" | "items", fact: string, modelTitle: string): boolean =>
    compareFacts(
      {
        sections: [
          kind === "sections"
            ? { title: modelTitle, items: [] }
            : { title: "办理情况", items: [{ title: modelTitle, body: [] }] },
        ],
      },
      { ...facts([]), [kind]: [fact] },
    ).find((o) => o.kind === kind)?.ok === true;

  test.each([
    ["sections", "一、环境空气质量状况", "环境空气质量状况", true],
    ["sections", "十二、基本情况", "基本情况", true],
    ["sections", "环境空气质量状况", "一、环境空气质量状况", true],
    ["items", "(一)诉求内容分类情况", "诉求内容分类情况", true],
    ["items", "（二）诉求区域分布情况", "诉求区域分布情况", true],
    ["items", "3、办结率", "办结率", true],
    ["items", "1.受理情况", "受理情况", true],
    // Near-misses: the words must still be the same, and a figure is no marker.
    ["sections", "一、环境空气质量状况", "水环境质量状况", false],
    ["items", "(一)诉求内容分类情况", "诉求内容分类", false],
    ["items", "1.5万件诉求", "5万件诉求", false],
    ["sections", "一是环境空气质量状况", "环境空气质量状况", false],
  ] as const)(
    "%s: the fact `%s` against the model's `%s` is found: %s",
    (kind, fact, title, found) => {
      expect(headingFound(kind, fact, title)).toBe(found);
    },
  );
});
