import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { wrap } from "./corpus/perturb";

/**
 * Lines a PDF's extraction broke at the page's width, read by what a reader of the page sees
 * (issue 14, corpus-perturbed.test.ts): where a line stops short of the page its writer ended
 * it; how wide a line prints counts the room its indentation and a converter's pinyin take.
 * Examples written for the rules, at every width a page may have (18 to 40 Han characters).
 */

const P1 =
  "上半年，全省各类公共资源交易33017宗，较去年同期增长14.4%；累计成交金额7960.15亿元，同比增长12.6%，双双再创新高，在疫情冲击下对稳投资促发展起到有力支撑。";
const P2 =
  "其中，工程建设领域公共资源交易6526宗，交易额1569.34亿元；政府采购领域交易16165宗，交易额459.38亿元；土地矿业领域交易3534宗，交易额5908.47亿元。";
const P3 =
  "全市各级政务服务中心坚持以人民为中心，持续深化一件事一次办改革，推动审批服务便民化，群众和企业办事更加方便快捷，营商环境持续优化，各项工作取得明显成效。";

/** Every width in half-cells a page may have: 18 to 40 Han characters. */
const WIDTHS = Array.from({ length: 45 }, (_, k) => 36 + k);

/** The repaired lines of `page` (a heading, then a paragraph broken at the page's width) and of `lines` under it. */
const repairedUnder = (page: readonly string[], ...lines: string[]): string[] =>
  repairExtractedText([...page, ...lines].join("\n")).split("\n");

/** `page` as it reads repaired: its heading, and its paragraph on one line. */
const pageRead = (page: readonly string[]): string[] => [page[0] as string, page.slice(1).join("")];

const wrapped = (paragraph: string, width: number): string =>
  wrap(paragraph, width, true).join("\n");

describe("a line that stops short of the page", () => {
  test.each([
    ["a headline between two paragraphs", "上半年全省公共资源交易再创新高"],
    ["a section label of parallel phrases", "交易规模持续扩大，服务效能稳步提升"],
    ["a headline of a traditional copy", "電商旅游投訴量大廣告問題舉報最多"],
  ])(
    "repairExtractedText: %s stays a line of its own on every page more than three characters wider, though no line of the text is much wider",
    (_, heading) => {
      for (const width of WIDTHS.filter((w) => w > heading.length * 2 + 6)) {
        const text = `${wrapped(P1, width)}\n${heading}\n${wrapped(P2, width)}`;
        expect(repairExtractedText(text), `width ${width}`).toBe(`${P1}\n${heading}\n${P2}`);
      }
    },
  );

  test("repairExtractedText: a headline printed over two short lines stays apart from the paragraph under it", () => {
    for (const width of WIDTHS) {
      const text = `${wrapped(P3, width)}\n着力推进五个突破\n持续深化一件事一次办改革攻坚\n${wrapped(P1, width)}`;
      const lines = repairExtractedText(text).split("\n");
      expect(lines.slice(0, 3), `width ${width}`).toEqual([
        P3,
        "着力推进五个突破",
        "持续深化一件事一次办改革攻坚",
      ]);
      expect(lines[lines.length - 1]).toBe(P1);
    }
  });

  test("repairExtractedText: a line the page broke (as wide as the page) still goes on below, whatever it holds", () => {
    // The lines of a paragraph, each as wide as the page, mid-clause: no line of them stands apart.
    for (const width of WIDTHS) {
      const text = `${wrapped(P3, width)}\n${wrapped(P1, width)}`;
      expect(repairExtractedText(text), `width ${width}`).toBe(`${P3}\n${P1}`);
    }
  });

  test("parseBulletinText: the headline between the paragraphs heads a section at every page width", () => {
    for (const width of WIDTHS) {
      const text = `${wrapped(P3, width)}\n交易规模持续扩大\n${wrapped(P1, width)}\n服务效能稳步提升\n${wrapped(P2, width)}`;
      const titles = parseBulletinText(text).bulletin.sections.map((s) => s.title);
      expect(titles, `width ${width}`).toEqual(
        expect.arrayContaining(["交易规模持续扩大", "服务效能稳步提升"]),
      );
    }
  });
});

describe("a heading line wider than the page", () => {
  test("repairExtractedText: a heading the page did not break (as wide as its lines or wider) stays apart from the numbered point under it (`1﹒`)", () => {
    for (const width of WIDTHS.filter((w) => w < 60)) {
      const heading = "（三）抓好与各地各部门“一张网”的深度对接，提高在线申办服务能力";
      const text = [
        wrapped(P3, width),
        heading,
        wrapped(
          "1﹒省级部门“应上尽上”情况。除省新闻办外，省级相关部门通过电话沟通、现场研讨会等与我办进行了对接。",
          width,
        ),
      ].join("\n");
      const lines = repairExtractedText(text).split("\n");
      expect(lines[1], `width ${width}`).toBe(heading);
    }
  });
});

describe("how wide a line prints", () => {
  test("repairExtractedText: a paragraph's first line, indented with `　　`, is as wide as the page its indentation included", () => {
    for (const width of WIDTHS) {
      const text = [P3, P1, P2]
        .map((p) => wrap(`\u3000\u3000${p}`, width, true).join("\n"))
        .join("\n");
      expect(repairExtractedText(text), `width ${width}`).toBe(`${P3}\n${P1}\n${P2}`);
    }
  });

  test("repairExtractedText: a converter's pinyin after a line's last character (`平臺(tái)`) takes its room on the line", () => {
    // A copy in traditional characters: the pinyin is dropped, the line it ended was still full.
    const text = [
      "2023年，成德眉資四市市場監(jiān)管部門通過12315平臺(tái)",
      "接收辦理投訴舉報42.21萬件，同比增長3.89%，占全省總量的",
      "69.49%。昨日，成都市市場監管局公布了2023年投訴舉報分析，",
      "記者從中了解到，投訴33.17萬件，同比增長11.77%，舉報9.04",
      "萬件，同比下降17.44%，為消費者挽回經濟損失1.18億元。",
    ].join("\n");
    expect(repairExtractedText(text).split("\n")).toHaveLength(1);
  });
});

describe("the first line of a text that opens with its paragraph", () => {
  test("repairExtractedText: an indented first line as wide as the page goes on into the paragraph (a title is centred or flush)", () => {
    for (const width of WIDTHS) {
      const text = wrap(`\u3000\u3000${P3}`, width, true).join("\n");
      expect(repairExtractedText(text), `width ${width}`).toBe(P3);
    }
  });

  test.each([
    [
      "leaves a `《` open",
      "按照《2023年农产品质量安全监测工作方\n案》要求，我局组织开展了农产品质量安全监督抽查工作，全年共抽查样品200批次。",
    ],
    [
      "leaves a `“` open",
      "全省深入推进“一件事一次\n办”改革，全年共梳理一件事套餐126项，办件量同比增长12.3%，群众满意度持续提高。",
    ],
    [
      "ends before the rest of its number and its unit",
      "2021年安排全市重点建设项目\n710项，项目总投资6960亿元，年度投资计划1015亿元，一季度完成投资313.64亿元。",
    ],
    [
      "ends inside a span of months",
      "环境保护部今日发布了2017年9月和1-\n9月全国空气质量状况，全国338个地级及以上城市平均优良天数比例为87.7%。",
    ],
    [
      "ends inside its number",
      "本月全区12345热线共受理群众来电来信诉求12\n36件，办结率98.1%，满意率97.5%，同比均有提高。",
    ],
    [
      "is followed by a closing mark",
      "全年共监督抽查农产品样品200批次\n，检测出不合格样品3批次，合格率为98.5%，同比提高0.6个百分点。",
    ],
  ])("repairExtractedText: a first line that %s goes on into the paragraph", (_, text) => {
    expect(repairExtractedText(text)).toBe(text.replace("\n", ""));
  });

  test.each([
    [
      "a title as wide as the page, set flush",
      "上半年全省公共资源交易再创新高全年交易额首次突破八千亿元",
    ],
    ["a short title", "上半年全省公共资源交易再创新高"],
    ["a title that ends with a figure", "上半年全省公共资源交易额7960.15亿元"],
    [
      "a title that ends with a number, over a paragraph that opens with a year",
      "某市政务服务热线12345",
    ],
  ])("repairExtractedText: %s stays over the paragraph", (_, title) => {
    for (const width of WIDTHS) {
      const paragraph = `2025年，${P3}`;
      const text = `${title}\n${wrapped(paragraph, width)}`;
      expect(repairExtractedText(text), `width ${width}`).toBe(`${title}\n${paragraph}`);
    }
  });
});

describe("a page's furniture at the end of a paragraph a page broke", () => {
  const blurb = [
    "中国非公立医疗机构协会是由依法获得医疗机构",
    "执业许可的非公立医疗机构、相关企事业单位和",
    "社会团体等有关组织和个人自愿结成的全国性、",
    "行业性、非营利性社会组织。更多>>",
  ];
  const body = "一、诊疗人次\n2019年1-10月，全国医疗卫生机构总诊疗人次达70.2亿人次，同比提高2.8%。";

  test("parseBulletinText: a site's blurb ending in 更多>> is dropped whole, as it is on one line", () => {
    for (const lines of [[blurb.join("")], blurb]) {
      const result = parseBulletinText(`数据统计\n${lines.join("\n")}\n${body}`);
      const titles = result.bulletin.sections.map((s) => s.title);
      expect(titles.at(-1), lines.length.toString()).toBe("诊疗人次");
      expect(JSON.stringify(result.bulletin)).not.toContain("非公立医疗机构协会");
    }
  });

  test("parseBulletinText: a line shorter than the one under it is no line of a paragraph a page broke (the blurb on one line leaves its column's name)", () => {
    const result = parseBulletinText(`数据统计\n${blurb.join("")}\n${body}`);
    expect(result.bulletin.sections.map((s) => s.title)).toEqual(["数据统计", "诊疗人次"]);
  });

  test("parseBulletinText: a paragraph whose last line ends with a web address keeps every sentence", () => {
    const news = [
      "春节假期，市12345公共服务热线共受理市民诉求1655件，其中",
      "咨询1127件、求助257件、投诉248件，较去年同期下降56.76%，收假",
      "后迎来复工复产，热线提醒市民了解防控政策，以便顺利出行。 http://",
      "example.cn/page?id=62B361FA8F2D4BC49DE42EB2CEEB2A4C",
    ];
    const result = parseBulletinText(news.join("\n"));
    const model = JSON.stringify(result.bulletin);
    expect(model).toContain("1655");
    expect(model).toContain("以便顺利出行");
  });
});

describe("a figure broken at the end of a paragraph's first line", () => {
  test.each([
    [
      "after an item's run-in title and its `。`",
      "（一）受理情况。本月各窗口共受理办件45\n58件，同比增长5.2%。",
      "（一）受理情况。本月各窗口共受理办件4558件，同比增长5.2%。",
    ],
    [
      "after a section's run-in title and its `。`",
      "一、总体情况。本月全区共计受理群众诉求12\n36件，办结率98.1%。",
      "一、总体情况。本月全区共计受理群众诉求1236件，办结率98.1%。",
    ],
  ])("repairExtractedText: is one number again %s", (_, text, expected) => {
    expect(repairExtractedText(text)).toBe(expected);
  });

  test.each([["（一）受理情况\n4528件，同比增长5.2%。"], ["一、总体情况\n1236件诉求已全部办结。"]])(
    "repairExtractedText: a heading without a sentence stays over the figure that opens its paragraph: %s",
    (text) => {
      expect(repairExtractedText(text)).toBe(text);
    },
  );
});

describe("an item's line that opens with a clause of time", () => {
  const item = "（二）2025年，全市各级政务服务中心共受理各类办件";
  const rest = "45.6万件，同比增长12.3%，办结率99.8%。";

  test.each([
    ["a year", item],
    ["a span of months", "（二）1-5月，全市各级政务服务中心共受理各类办件"],
    ["今年以来", "（二）今年以来，全市各级政务服务中心共受理各类办件"],
  ])(
    "repairExtractedText: as wide as the page, one that opens with %s goes on below (a paragraph, no heading)",
    (_, line) => {
      const page = [
        "一、总体情况",
        "本月全市政务服务运行平稳，各项指标稳中有升，群众",
        "满意度持续提高，窗口服务规范化水平明显提升，网上办",
        "事能力不断增强，营商环境持续优化，各项工作有序推进。",
      ];
      // Lines of 24 Han characters: the item's line and the page's lines are as wide.
      expect(repairedUnder(page, line, rest)).toEqual([...pageRead(page), line + rest]);
    },
  );

  test.each([
    ["（二）2025年工作要点"],
    ["（二）1-5月运行情况"],
    ["（二）强化组织领导，压实工作责任"],
  ])("parseBulletinText: `%s` alone on its line is an item's heading", (line) => {
    const text = `某市政务服务简报\n2025年第3期\n某市政务服务中心\n2025年6月10日\n一、总体情况\n（一）受理情况\n本月受理办件4528件。\n${line}\n本月办结办件4420件。`;
    const items = parseBulletinText(text).bulletin.sections.flatMap((s) =>
      s.items.map((i) => i.title),
    );
    expect(items).toContain(line.slice(3));
  });
});

describe("a marked line as wide as the page that reports a figure", () => {
  /** Lines of 24 Han characters: a page's. */
  const page = [
    "一、总体情况",
    "本月全市安全生产形势总体平稳，各类事故起数和死亡",
    "人数同比实现双下降，重点行业领域安全生产形势稳定",
    "向好，各地各部门认真落实安全生产责任，成效明显。",
  ];

  test.each([
    [
      "a count of 起",
      "（一）道路交通发生各类伤亡事故18起，与去年同期",
      "相比下降45.5%；死亡7人，同比下降22.2%。",
    ],
    [
      "a numbered point's count of 起",
      "3.生产经营性火灾事故发生131起、同比持平，死亡",
      "2人，同比上升100%，火灾形势总体平稳。",
    ],
    [
      "an area",
      "（二）全年新增城市绿地面积6.5万平方米，同比增",
      "长12.3%，人均公园绿地面积继续提高。",
    ],
  ])(
    "repairExtractedText: one with %s is a paragraph's first line, not a heading, and goes on below",
    (_, line, rest) => {
      expect(repairedUnder(page, line, rest)).toEqual([...pageRead(page), line + rest]);
    },
  );

  test.each([
    ["（二）强化组织领导，压实安全生产工作责任"],
    ["（二）2025年安全生产工作要点和重点任务"],
  ])(
    "repairExtractedText: `%s`, which reports none, stays a heading over the paragraph under it",
    (line) => {
      const rest = "全市各级各部门坚持把安全生产摆在突出位置，强化统筹调度。";
      expect(repairedUnder(page, line, rest)).toEqual([...pageRead(page), line, rest]);
    },
  );
});

describe("properties", () => {
  test("repairExtractedText: a short bare headline between paragraphs wrapped at any page width stays its own line (property)", () => {
    const han = fc
      .array(fc.constantFrom(..."全省市县公共资源交易再创新高服务效能稳步提升改革攻坚"), {
        minLength: 4,
        maxLength: 14,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(han, fc.integer({ min: 36, max: 80 }), (heading, width) => {
        const text = `${wrapped(P1, width)}\n${heading}\n${wrapped(P2, width)}`;
        expect(repairExtractedText(text)).toBe(`${P1}\n${heading}\n${P2}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a line break is no space", () => {
  const headings = (text: string): string[] =>
    parseBulletinText(text).bulletin.sections.flatMap((s) => [
      s.title,
      ...s.items.flatMap((i) => (i.title === undefined ? [] : [`  ${i.title}`])),
    ]);

  /** A flattened document: its paragraphs and headings on one line, set apart by spaces. */
  const FLAT =
    "县委督查室工作汇报 今年以来，督查室在区委区政府的坚强领导下，完善机制体制，督查工作取得一定成效，现将有关情况汇报如下： 一、工作完成情况及亮点 今年以来，围绕区委区政府重要决策和重大工作部署，推动全区各项工作落到实处，共编发督查通报62期。 （一）紧扣主题，突出重点 1、四大类项目推进。截至目前，正常督查推进四大类项目112个，已完成推进任务的33个，占比29.5%。 2、其他重点工作。先后对近70场次的会议、活动进行会风会纪督查，82人次被记档通报处理。 （二）健全网络，创新举措 1、搭建大督查网络。搭建三位一体大督查网络，各单位内部事项督查由各单位自行组织，办结率达87.9%。 二、存在问题 督查工作还存在一些不足，督查方式还需创新，督查结果运用还不够充分。";

  test("parseBulletinText: a flattened document a page broke into lines again keeps its headings at every width that breaks no space away", () => {
    const whole = headings(FLAT);
    expect(whole).toEqual([
      "正文",
      "工作完成情况及亮点",
      "  紧扣主题，突出重点",
      "  四大类项目推进",
      "  其他重点工作",
      "  健全网络，创新举措",
      "  搭建大督查网络",
      "存在问题",
    ]);
    // A break on a space drops it (a page prints none at a line's end or start): what set a
    // heading apart is gone there, for a reader too. The other widths break inside words only.
    let widths = 0;
    for (const width of WIDTHS) {
      const lines = wrap(FLAT, width, true);
      if (lines.join("") !== FLAT) continue;
      widths++;
      expect(headings(lines.join("\n")), `width ${width}`).toEqual(whole);
    }
    expect(widths).toBeGreaterThanOrEqual(10);
  });
});

describe("a PDF's pages (pdftotext: a form feed between pages)", () => {
  const rows = ["| 项目 | 件数 |", "| 受理 | 4528 |", "| 办结 | 4420 |", "| 满意 | 4390 |"];

  test.each([
    ["a page number in GB/T 9704's form", "— 2 —"],
    ["a page number after the page's bottom margin", "\n- 2 -"],
    ["a bare page number on the page's last line", "2"],
    ["`第2页`", "第 2 页"],
  ])("repairExtractedText: a table a page break parts, %s between, is one table", (_, foot) => {
    const whole = repairExtractedText(`一、办件情况\n${rows.join("\n")}`);
    const parted = `一、办件情况\n${rows.slice(0, 2).join("\n")}\n${foot}\n\f${rows.slice(2).join("\n")}`;
    expect(repairExtractedText(parted)).toBe(whole);
  });

  test("parseBulletinText: a running header over two pages or more is dropped with a warning on its own input line, and the paragraph it parts is one", () => {
    const text = [
      "某市政务服务简报",
      "一、总体情况",
      "本月全市政务服务中心共受理各类办件45.6万件，同比增长12.3%，办",
      "— 1 —",
      "\f内部资料 注意保存",
      "结率99.8%，群众满意率99.9%，各项指标稳中有升。二是窗口服务规",
      "— 2 —",
      "\f内部资料 注意保存",
      "范化水平明显提升，全年收到表扬信131封。",
    ].join("\n");
    const result = parseBulletinText(text);
    const paragraphs = JSON.stringify(result.bulletin.sections);
    expect(paragraphs).toContain("，办结率");
    expect(paragraphs).toContain("窗口服务规范化");
    expect(paragraphs).not.toContain("内部资料");
    // A form feed parts pages, not lines: the headers are on input lines 5 and 8 (1-based).
    const lines = result.warnings
      .filter((w) => w.code === "running-header-dropped")
      .map((w) => w.position.line);
    expect(lines).toEqual([5, 8]);
  });

  test.each([
    [
      "a heading at a page's top that no other page repeats",
      "一、总体情况\n本月受理办件4528件。\n\f二、存在问题\n个别窗口办件超时。",
    ],
    [
      "a heading at a page's top under a page number",
      "一、总体情况\n本月受理办件4528件。\n— 1 —\n\f二、存在问题\n个别窗口办件超时。",
    ],
  ])("repairExtractedText: %s stays", (_, text) => {
    expect(repairExtractedText(text).split("\n")).toContain("二、存在问题");
  });
});
