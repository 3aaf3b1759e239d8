import { isBulletinError } from "@bulletin/format";
import { knownDepartments, ParseOptionsError, parseBulletinText } from "@bulletin/parse";
import { DepartmentSchema, type Inline } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { PARSE_OPTIONS_ERROR_CODES, PARSE_OPTIONS_MESSAGES } from "../src/errors";

const TEXT = [
  "政务窗口月报",
  "第9期",
  "四川省政府政务服务和公共资源交易服务中心",
  "2025年11月10日",
  "一、2025年9月总体运行情况",
  "9月,省本级办理政务服务事项 5.88 万件,同比下降24.85%。",
  "二、窗口资讯",
  "(一)9月16日—18日,省林草局窗口会同成都市数据局开展检查。",
].join("\n");

describe("parseBulletinText options", () => {
  test("metrics: none keeps figures as text", () => {
    const { bulletin } = parseBulletinText(TEXT, { metrics: "none" });
    expect(bulletin.metrics).toEqual([]);
    expect(bulletin.sections[0]?.items[0]?.body[0]).toEqual([
      { type: "date", value: { kind: "month", month: "2025-09" } },
      "，省本级办理政务服务事项5.88万件，同比下降24.85%。",
    ]);
  });

  test("metrics: all (default) reads the figure and its 同比 change", () => {
    expect(parseBulletinText(TEXT).bulletin.metrics).toEqual([
      {
        id: "metric-1",
        label: "省本级办理政务服务事项",
        value: 58800,
        unit: "件",
        display: { scale: "万", fractionDigits: 2 },
        comparison: { basis: "yoy", change: -24.85, changeUnit: "percent" },
      },
    ]);
  });

  test("departments: the caller's departments come first, with their ids and surface forms", () => {
    const { bulletin, warnings } = parseBulletinText(TEXT, {
      departments: [
        { id: "forestry", name: "四川省林业和草原局", shortName: "林草局", aliases: ["省林草局"] },
        { id: "chengdu-data", name: "成都市数据局" },
      ],
    });
    expect(bulletin.departments).toEqual([
      { id: "forestry", name: "四川省林业和草原局", shortName: "林草局", aliases: ["省林草局"] },
      { id: "chengdu-data", name: "成都市数据局" },
    ]);
    expect((bulletin.sections[1]?.items[0]?.body[0] as Inline[] | undefined)?.[0]).toEqual({
      type: "department",
      ref: "forestry",
      text: "省林草局",
    });
    expect(warnings.map((w) => w.code)).toEqual([]);
  });

  test("departments: a name shaped like a department is recognised and warned about", () => {
    const { bulletin, warnings } = parseBulletinText(TEXT);
    expect(bulletin.departments.map((d) => d.id)).toEqual(["forestry-grassland", "department-1"]);
    // Line 8, column 22: where 成都市数据局 starts in the input.
    expect(warnings.map((w) => [w.code, w.position])).toEqual([
      ["department-guessed", { line: 8, column: 22 }],
    ]);
    expect(TEXT.split("\n")[7]?.slice(21, 27)).toBe("成都市数据局");
  });

  test("locale: en writes messages in English, zh-CN (default) in Chinese", () => {
    const text = "一、情况\n正文。";
    expect(parseBulletinText(text, { locale: "en" }).warnings[0]?.message).toBe(
      "The text has no masthead title; the result is incomplete; pass options.publication.title",
    );
    expect(parseBulletinText(text).warnings[0]?.message).toBe(
      "文本没有报头名称，结果不完整，可通过 options.publication.title 提供",
    );
  });

  test("referenceYear: reads dates without a year in that year", () => {
    const { bulletin } = parseBulletinText("一、动态\n（一）9月8日，省中心召开会议。", {
      referenceYear: 2024,
    });
    expect(bulletin.sections[0]?.items[0]?.date).toEqual({ kind: "day", date: "2024-09-08" });
  });

  test.each([
    [{ referenceYear: 25 }, "referenceYear"],
    [{ locale: "fr" }, "locale"],
    [{ metrics: "some" }, "metrics"],
    [{ departmentsMode: "both" }, "departmentsMode"],
    [{ departments: [{ id: "no id!", name: "x" }] }, "departments[0]"],
    [
      {
        departments: [
          { id: "a", name: "甲局" },
          { id: "a", name: "乙局" },
        ],
      },
      "departments[1]",
    ],
    [{ issue: { publishedOn: "2025-02-30" } }, "issue"],
    [{ publication: { frequency: "hourly" } }, "publication"],
  ])("throws ParseOptionsError for invalid options %j", (options, option) => {
    try {
      parseBulletinText("", options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseOptionsError);
      expect((error as ParseOptionsError).code).toBe("invalid-option");
      expect((error as ParseOptionsError).option).toBe(option);
      // The same option as a JSON path into the options object: the toolkit's one location shape.
      const path = option
        .split(/[.[\]]+/)
        .filter((k) => k !== "")
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      expect((error as ParseOptionsError).path).toEqual(path);
      expect(isBulletinError(error)).toBe(true);
    }
  });
});

describe("ParseOptionsError: messages in the options' locale", () => {
  test.each([
    [
      { referenceYear: 25 },
      "parseBulletinText：options.referenceYear 无效：应为 1000 到 9999 之间的年份，实际为 25",
      "parseBulletinText: options.referenceYear must be a year from 1000 to 9999, got 25",
    ],
    [
      { metrics: "some" },
      'parseBulletinText：options.metrics 无效：应为 "all" 或 "none"，实际为 "some"',
      'parseBulletinText: options.metrics must be "all" or "none", got "some"',
    ],
    [
      {
        departments: [
          { id: "a", name: "甲局" },
          { id: "a", name: "乙局" },
        ],
      },
      'parseBulletinText：options.departments[1] 无效：的 id "a" 重复',
      'parseBulletinText: options.departments[1] repeats the id "a"',
    ],
    [
      { publication: { frequency: "hourly" } },
      'parseBulletinText：options.publication 无效：含有无效的字段（.frequency 不是 daily、weekly、biweekly、monthly、quarterly、yearly、irregular 之一）：{"frequency":"hourly"}',
      'parseBulletinText: options.publication holds invalid fields (.frequency is not one of daily, weekly, biweekly, monthly, quarterly, yearly, irregular): {"frequency":"hourly"}',
    ],
  ])(
    "an invalid option %j is refused in zh-CN by default and in en when asked",
    (options, zh, en) => {
      expect(() => parseBulletinText("", options as never)).toThrow(zh);
      expect(() => parseBulletinText("", { ...options, locale: "en" } as never)).toThrow(en);
    },
  );

  test("an invalid locale itself is refused in zh-CN", () => {
    expect(() => parseBulletinText("", { locale: "fr" } as never)).toThrow(
      'parseBulletinText：options.locale 无效：应为 "zh-CN" 或 "en"，实际为 "fr"',
    );
  });

  test.each(PARSE_OPTIONS_ERROR_CODES)(
    "ParseOptionsError code %s has a zh-CN and an en message",
    (code) => {
      const table = PARSE_OPTIONS_MESSAGES[code];
      expect(Object.keys(table).sort()).toEqual(["en", "zh-CN"]);
      const p = { option: "referenceYear", detail: "x" };
      expect(table["zh-CN"](p)).toMatch(/\p{Script=Han}/u);
      expect(table.en(p)).not.toMatch(/\p{Script=Han}/u);
    },
  );
});

describe("knownDepartments", () => {
  test("holds valid departments with unique ids and unique forms", () => {
    const ids = new Set<string>();
    const forms = new Set<string>();
    for (const d of knownDepartments) {
      expect(DepartmentSchema.safeParse(d).success).toBe(true);
      expect(ids.has(d.id)).toBe(false);
      ids.add(d.id);
      for (const form of [d.name, d.shortName, ...(d.aliases ?? [])].filter(
        (f) => f !== undefined,
      )) {
        expect(forms.has(form), form).toBe(false);
        forms.add(form);
      }
    }
    expect(knownDepartments.length).toBeGreaterThan(60);
  });

  test("maps short forms to full names (省林草局 ↔ 四川省林业和草原局, 经济和信息化厅 ↔ 四川省经济和信息化厅)", () => {
    const byShort = (s: string) => knownDepartments.find((d) => d.shortName === s)?.name;
    expect(byShort("省林草局")).toBe("四川省林业和草原局");
    expect(byShort("经济和信息化厅")).toBe("四川省经济和信息化厅");
    expect(Object.isFrozen(knownDepartments)).toBe(true);
  });

  test.each([
    ["市县生态环境部门", []],
    ["在省政务服务大厅举办", []],
    ["全省商务主管部门", []],
    // Sichuan's bodies by their short forms, in a text that names Sichuan or one of its cities.
    ["省市场监管局面向成都企业", ["market-regulation"]],
    ["赴公安厅交通管理局对接绵阳项目", ["public-security"]],
    // Near-misses: a text naming no Sichuan place, whose 省… is its own province's, not Sichuan's.
    ["省市场监管局面向企业", []],
    ["赴公安厅交通管理局对接", []],
    ["对达州市林业局检查", ["department-1"]],
    // A city's, district's or county's own departments, named as its bulletins name them.
    ["市公安局、市人社局窗口联合开展核查", ["department-1", "department-2"]],
    ["由市数据局牵头", ["department-1"]],
    ["区行政审批局召开会议", ["department-1"]],
    ["县政府办公室印发", ["department-1"]],
    ["全市政务服务大厅", []],
    ["城市管理局", []],
    ["各区（市）县政务服务管理部门", []],
    ["市场主体登记", []],
    ["市县生态环境局", []],
    // A known department inside a guess is the name: 区平 is other text.
    ["区平四川省林业和草原局", ["forestry-grassland"]],
    // Other provinces' departments by their full names: province, city, county, district.
    ["湖南省发展和改革委员会印发通知", ["department-1"]],
    ["辛集市市场监督管理局12315投诉举报中心受理", ["department-1"]],
    ["经衡东县人力资源和社会保障局核实", ["department-1"]],
    ["由海淀区政务服务管理局牵头", ["department-1"]],
    ["推动市场监督管理局系统改革", []],
    ["全省市场监督管理局系统", []],
  ])("recognises the departments of %s as %j", (sentence, ids) => {
    const { bulletin } = parseBulletinText(`一、动态\n${sentence}。`);
    expect(bulletin.departments.map((d) => d.id)).toEqual(ids);
  });

  test("knownDepartments' Sichuan bodies are read where the text or the publication option names Sichuan, or when passed as the caller's own", () => {
    const sentence = "一、动态\n（一）9月8日，省统计局召开会议。";
    const ids = (text: string, options = {}) =>
      parseBulletinText(text, { referenceYear: 2025, ...options }).bulletin.departments.map(
        (d) => d.name,
      );
    const cases: [name: string, text: string, options: object, names: string[]][] = [
      ["the province named", `四川省某中心\n${sentence}`, {}, ["四川省统计局"]],
      ["a prefecture named", `达州市政务服务中心\n${sentence}`, {}, ["四川省统计局"]],
      [
        "the publication option",
        sentence,
        { publication: { title: "简报", publisher: { name: "四川省大数据中心" } } },
        ["四川省统计局"],
      ],
      ["passed as the caller's own", sentence, { departments: knownDepartments }, ["四川省统计局"]],
      // Near-misses: no Sichuan place, or another province's: the name as printed.
      ["no place named", sentence, {}, ["省统计局"]],
      ["another province named", `河北省某中心\n${sentence}`, {}, ["省统计局"]],
      [
        "another province's publication option",
        sentence,
        { publication: { title: "简报", publisher: { name: "海南省大数据管理局" } } },
        ["省统计局"],
      ],
    ];
    for (const [name, text, options, names] of cases)
      expect(ids(text, options), name).toEqual(names);
  });

  test("departmentsMode: replace reads with the caller's dictionary alone, merge (default) with both", () => {
    const text = "一、动态\n（一）9月8日，省林草局与省文旅厅在成都召开会议。";
    const own = [{ id: "culture-tourism-hn", name: "湖南省文化和旅游厅", shortName: "省文旅厅" }];
    const merged = parseBulletinText(text, { referenceYear: 2025, departments: own }).bulletin;
    expect(merged.departments.map((d) => d.id)).toEqual([
      "forestry-grassland",
      "culture-tourism-hn",
    ]);
    const replaced = parseBulletinText(text, {
      referenceYear: 2025,
      departments: own,
      departmentsMode: "replace",
    });
    // Without Sichuan's dictionary, 省林草局 is only a name shaped like a department.
    expect(replaced.bulletin.departments).toEqual([
      { id: "department-1", name: "省林草局" },
      { id: "culture-tourism-hn", name: "湖南省文化和旅游厅", shortName: "省文旅厅" },
    ]);
    expect(replaced.warnings.map((w) => w.code)).toContain("department-guessed");
  });

  test("a guessed local department keeps the name the text gives it", () => {
    const { bulletin, warnings } = parseBulletinText(
      "一、动态\n（一）2月16日，市公安局、市人社局窗口联合开展核查。",
      { referenceYear: 2026, locale: "en" },
    );
    expect(bulletin.departments).toEqual([
      { id: "department-1", name: "市公安局" },
      { id: "department-2", name: "市人社局" },
    ]);
    expect(warnings.filter((w) => w.code === "department-guessed").length).toBe(2);
  });
});

describe("parseBulletinText masthead", () => {
  test.each([
    ["2025年增刊第1期", { year: 2025, number: 1, supplement: true }],
    ["增刊第2期", { number: 2, supplement: true }],
    ["2026年第3期（总第123期）", { year: 2026, number: 3, totalNumber: 123 }],
  ])("reads the issue number %s with the year before it", (line, expected) => {
    const text = ["工作简报", line, "某某局办公室", "2026年3月5日", "一、总体情况", "共受理。"];
    const { issue } = parseBulletinText(text.join("\n")).bulletin;
    expect({
      year: issue.year,
      number: issue.number,
      totalNumber: issue.totalNumber,
      supplement: issue.supplement,
    }).toEqual(expected);
  });
});
