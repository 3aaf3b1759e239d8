import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Headings and masthead facts in the shapes of tuning batch 7 (issue 14), each stated by the
 * shape of a text: a document flattened onto one line (paragraph breaks turned into spaces, its
 * title printed twice), an item marker run into the sentence before it, `（一）` headings of
 * phrases joined by commas, sentences a copy broke at each figure, and a web page's untitled
 * template, `您现在所在的位置` breadcrumb, lone `内容预览：` label and date-time line.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    `S:${s.title}`,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [`I:${i.title}`])),
  ]);

/** The items' titles (null for an item without one) of `body` under a bulletin's one section. */
const itemTitles = (body: string): (string | null)[] =>
  parseBulletinText(`某县政务服务工作简报\n一、工作动态\n${body}`).bulletin.sections.flatMap((s) =>
    s.items.map((i) => i.title ?? null),
  );

describe("headings a copy ran into the text", () => {
  test.each([
    {
      what: "a flattened document: the title printed twice, then 一、, （一） and 1、 headings after a sentence's end and a space",
      text: "县委督查工作交流材料 县委督查工作交流材料 **区督查室完善机制,督查工作取得成效。现作如下汇报: 一、工作完成情况 今年以来,共编发督查通报 62 期。 (一)紧扣主题,突出重点 1、项目推进。截至目前,推进项目112 个。 2、其他工作。开展督查 20 余次。 (二)健全网络,创新举措 1、搭建督查网络。一是各单位督查。",
      title: "县委督查工作交流材料",
      headings: [
        "S:正文",
        "S:工作完成情况",
        "I:紧扣主题，突出重点",
        "I:项目推进",
        "I:其他工作",
        "I:健全网络，创新举措",
        "I:搭建督查网络",
      ],
    },
    {
      what: "a flattened document whose headings follow one another, each ended by a space",
      text: "某县实施方案 某县实施方案 为推进改革,结合我县实际,制定本方案。现将有关事项通知如下: 一、总体要求 （一）指导思想 全面贯彻上级决策部署,推进改革工作。 （二）基本原则 坚持问题导向,坚持系统推进。 二、主要任务 1、优化审批流程。全面推行一窗受理。 2、提升服务效能。全年办结事项3385件。",
      title: "某县实施方案",
      headings: [
        "S:正文",
        "S:总体要求",
        "I:指导思想",
        "I:基本原则",
        "S:主要任务",
        "I:优化审批流程",
        "I:提升服务效能",
      ],
    },
    {
      what: "a 2、 run in after the 。 of a paragraph that a 1、 opened",
      text: "某中心工作总结\n一、主要亮点\n1、业务办理进展顺利。全年受理业务1054029件。2、三项服务成效显著。大厅推出预约服务。3、队伍建设。开展培训12次。",
      title: "某中心工作总结",
      headings: ["S:主要亮点", "I:业务办理进展顺利", "I:三项服务成效显著", "I:队伍建设"],
    },
    {
      what: "an item marker right after a 。 is a heading when it is the next of its sequence",
      text: "某中心工作总结\n一、主要亮点\n（一）业务办理进展顺利。\n目前,大厅共受理业务1054029件。全年收到表扬信131封。(二)三项服务成效显著。\n大厅推出预约服务。",
      title: "某中心工作总结",
      headings: ["S:主要亮点", "I:业务办理进展顺利", "I:三项服务成效显著"],
    },
    {
      what: "a marker after a 。 that is not the next of its sequence stays in the sentence",
      text: "某中心工作总结\n一、主要亮点\n（一）业务办理进展顺利。\n目前,大厅共受理业务1054029件。(三)三项服务成效显著。\n大厅推出预约服务。",
      title: "某中心工作总结",
      headings: ["S:主要亮点", "I:业务办理进展顺利"],
    },
    {
      what: "a （一） heading of phrases joined by commas, on a line of its own, is the item's title",
      text: "某县政务服务工作情况\n一、主要做法\n（一）强化组织领导，压实工作责任\n县政务服务中心成立工作专班，由中心主任任组长，各窗口首席代表为成员，每周召开一次调度会。\n（二）优化审批流程，提升服务效能\n全年共受理事项3385件，按时办结率100%，群众满意率99.9%，较上年均有提升。",
      title: "某县政务服务工作情况",
      headings: ["S:主要做法", "I:强化组织领导，压实工作责任", "I:优化审批流程，提升服务效能"],
    },
    {
      what: "a （一） line with a figure or a leading date is an item's text, not its title",
      text: "某县政务服务工作情况\n一、主要做法\n（一）全年共受理事项3385件，办结3320件\n（二）9月8日，县中心召开会议",
      title: "某县政务服务工作情况",
      headings: ["S:主要做法"],
    },
    {
      what: "a label alone over the headline (`内容预览：`) is the page's, the headline the title",
      text: "内容预览:\n县政务服务中心运行情况汇报\n一、基本情况\n中心进驻了26个部门,设立了21个窗口。\n(一)进驻情况\n各部门进入中心设窗口办公。",
      title: "县政务服务中心运行情况汇报",
      headings: ["S:基本情况", "I:进驻情况"],
    },
  ])("parseBulletinText: $what", ({ text, title, headings: expected }) => {
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
    expect(headings(text)).toEqual(expected);
  });

  test("parseBulletinText: the copy of a title printed twice is dropped with a located warning, and an unrepeated opening is kept whole", () => {
    const twice = parseBulletinText(
      "县委督查工作交流材料 县委督查工作交流材料 **区督查室完善机制,督查工作取得成效。",
    );
    expect(twice.warnings.map((w) => [w.code, w.position.line, w.position.column])).toContainEqual([
      "duplicate-line-dropped",
      1,
      12,
    ]);
    const once = parseBulletinText("县委督查工作交流材料 县委督查工作材料汇编 督查工作取得成效。");
    expect(once.warnings.some((w) => w.code === "duplicate-line-dropped")).toBe(false);
  });

  const phrase = fc
    .array(fc.constantFrom(..."强化组织领导压实工作责任优化审批流程提升服务效能健全网络创新举措"), {
      minLength: 2,
      maxLength: 8,
    })
    .map((cs) => cs.join(""));
  const heading = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ps) => ps.join("，"));
  const CN = "一二三四五六七八九";

  test("parseBulletinText: in a flattened document every （N） and N、 heading after a sentence's end and a space heads an item (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(heading, phrase, phrase), { minLength: 2, maxLength: 5 }),
        (parts) => {
          const body = parts
            .map(
              ([h, run, text], k) =>
                `(${CN[k]})${h} 1、${run}。${text}工作取得成效。 2、${run}。${text}。`,
            )
            .join(" ");
          const text = `某区督查工作总结 某区督查工作总结 区督查室完善机制。现作如下汇报: 一、工作情况 今年以来,督查工作有序开展。 ${body}`;
          const got = headings(text);
          const want = [
            "S:正文",
            "S:工作情况",
            ...parts.flatMap(([h, run]) => [`I:${h}`, `I:${run}`, `I:${run}`]),
          ];
          expect(got).toEqual(want);
          expect(parseBulletinText(text).bulletin.publication.title).toBe("某区督查工作总结");
        },
      ),
      { numRuns: 60 },
    );
  });

  test("parseBulletinText: items run into one line after their first, each next in sequence, are all headings (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, phrase), { minLength: 2, maxLength: 6 }), (parts) => {
        const [first, ...rest] = parts as [[string, string], ...[string, string][]];
        const run = rest.map(([t, b], k) => `（${CN[k + 1]}）${t}。${b}。`).join("");
        const text = `某中心工作总结\n一、主要亮点\n（一）${first[0]}。\n${first[1]}。${run}`;
        expect(headings(text)).toEqual(["S:主要亮点", ...parts.map(([t]) => `I:${t}`)]);
      }),
      { numRuns: 60 },
    );
  });

  test("parseBulletinText: a （一） heading of phrases keeps its title and its text whatever the phrases (property)", () => {
    fc.assert(
      fc.property(heading, phrase, (h, text) => {
        const doc = `某县工作情况\n一、主要做法\n（一）${h}\n${text}取得成效，县政务服务中心成立工作专班，由中心主任任组长，每周召开一次调度会。`;
        const { bulletin } = parseBulletinText(doc);
        const item = bulletin.sections[0]?.items[0];
        expect(item?.title).toBe(h);
        expect(JSON.stringify(item?.body)).toContain(`${text}取得成效，`);
      }),
      { numRuns: 60 },
    );
  });
});

describe("sentences a copy broke at its figures", () => {
  test.each([
    {
      what: "a sentence in progress, then a line that opens with the figure",
      text: "某中心工作总结\n一、主要亮点\n目前,大厅共有进驻单位\n34个,窗口工作人员\n363人。",
      metrics: ["34个", "363人"],
    },
    {
      what: "a number alone on its line, then its unit; a closing mark that opens a line",
      text: "某中心工作总结\n一、主要亮点\n截至11月30日,大厅全年共受理业务\n1054029\n件,按时办结率\n100%\n。全年收到表扬信131封。",
      metrics: ["1054029件", "100%", "131封"],
    },
  ])("parseBulletinText: $what are one sentence", ({ text, metrics }) => {
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(metrics);
    expect(headings(text)).toEqual(["S:主要亮点"]);
  });

  test("parseBulletinText: a heading of two phrases over a paragraph that opens with a number that is no figure stays a heading", () => {
    expect(
      headings(
        "某县热线月报\n一、运行情况\n热线运行平稳，满意度稳步提升\n12345热线本月共受理群众诉求3385件，办结3320件，办结率98.07%，群众满意率99.2%，较上月均有提升。",
      ),
    ).toEqual(["S:运行情况", "S:热线运行平稳，满意度稳步提升"]);
  });

  test("parseBulletinText: a heading of two phrases over a paragraph that opens with its period stays a heading", () => {
    expect(
      headings(
        "某县统计月报\n一、经济运行\n工业生产平稳，投资较快增长\n1-5月，全县规上工业增加值增长7.6%，固定资产投资增长12.3%，社会消费品零售总额增长5.1%，主要指标好于预期。",
      ),
    ).toEqual(["S:经济运行", "S:工业生产平稳，投资较快增长"]);
  });

  test("parseBulletinText: a heading over a line that opens with a period or a numbered item stays a heading", () => {
    expect(
      headings("某县统计月报\n一、工业\n规模以上工业\n1-5月,全县规上工业增加值增长7.6%。"),
    ).toContain("S:工业");
    expect(headings("某县工作情况\n一、主要做法，工作成效\n1、项目推进。推进项目112个。")).toEqual([
      "S:主要做法，工作成效",
      "I:项目推进",
    ]);
  });

  test("parseBulletinText: a sentence broken before any of its figures reads as the unbroken sentence (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 10, max: 9_999_999 }),
            fc.constantFrom("件", "个", "项", "名"),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (figures, breaks) => {
          const clauses = figures.map(([n, u], k) => ({
            lead: `共受理事项${"甲乙丙丁"[k]}类`,
            n,
            u,
          }));
          const whole = clauses.map((c) => `${c.lead}${c.n}${c.u}`).join("，");
          const broken = clauses
            .map((c, k) => `${c.lead}${breaks[k] ? "\n" : ""}${c.n}${c.u}`)
            .join("，");
          const read = (body: string) =>
            parseBulletinText(`某中心工作总结\n一、主要亮点\n目前，${body}。`).bulletin;
          const a = read(whole);
          const b = read(broken);
          expect(b.metrics.map((m) => [m.value, m.unit])).toEqual(
            a.metrics.map((m) => [m.value, m.unit]),
          );
          expect(b.sections).toEqual(a.sections);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a web page's masthead facts", () => {
  test.each([
    {
      what: "an untitled page template, a `您现在所在的位置` breadcrumb and a date-time line under the title",
      text: "无标题文档\n您现在所在的位置: 首页 > 专题专栏 > 营商动态\n分享到:\n用好12345热线,倾听民“声”为民解忧\n  • 2021-09-06 16:17\n  • 来源:\n  • 发布机构:\n近日,12345热线受理解答4318件。\n扫一扫在手机打开当前页\n无标题文档",
      title: "用好12345热线，倾听民“声”为民解忧",
      publishedOn: "2021-09-06",
      dropped: [1, 2, 3, 6, 7, 9, 10],
    },
    {
      what: "a date line without a time under the title",
      text: "某县政务服务中心运行情况\n2021年9月6日\n本月共受理事项3385件,办结3320件。",
      title: "某县政务服务中心运行情况",
      publishedOn: "2021-09-06",
      dropped: [],
    },
    {
      what: "a date with a time in 时分 under the title, then the source, as bullets",
      text: "2023年9月群众诉求情况分析\n\n  • 2023年10月08日 09时12分\n  • 来源: 省大数据中心\n  • 【字体:\n  • 一、全省热线办理群众诉求情况\n    (一)总体概况。9月,全省热线共受理群众诉求1,620,949件,环比下降1.22%。",
      title: "2023年9月群众诉求情况分析",
      publishedOn: "2023-10-08",
      publisher: "省大数据中心",
      dropped: [4, 5],
    },
    {
      what: "a welcome line, and a file-information grid printed without colons (labels and values apart by spaces)",
      text: "• 欢迎访问某区人民政府网站!\n \n当前位置: 政务公开 > 政府部门 > 内容\n \n信息名称 2024年某区市场监督管理局投诉举报统计分析报告\n索引号 113204820141411706/2025-00003\n主题分类 市场监管 体裁分类 其他 组配分类 其他\n文件编号 发布机构 市场监管局\n生成日期 2025-01-16 公开日期 2025-01-17 废止日期有效\n内容概述 2024年某区市场监督管理局投诉举报统计分析报告\n \n2024年某区市场监督管理局投诉举报统计分析报告\n\n2024年,某区市场监督管理局认真做好投诉举报处置工作。\n\n一、投诉举报基本情况\n\n2024年全年共收到各类投诉举报7607件,同比增长5.62%。",
      title: "2024年某区市场监督管理局投诉举报统计分析报告",
      publishedOn: "2025-01-17",
      publisher: "市场监管局",
      dropped: [1, 3, 5, 6, 7, 8, 9, 10],
    },
  ])("parseBulletinText: $what", ({ text, title, publishedOn, dropped, ...rest }) => {
    const r = parseBulletinText(text);
    expect(r.bulletin.publication.title).toBe(title);
    expect(r.bulletin.issue.publishedOn).toBe(publishedOn);
    if ("publisher" in rest)
      expect(
        r.bulletin.publication.publisher?.shortName ?? r.bulletin.publication.publisher?.name,
      ).toBe(rest.publisher);
    expect(
      r.warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.position.line),
    ).toEqual(dropped);
  });

  test("parseBulletinText: a lone label that is a 报尾 field or a 编者按 is not taken for the page's", () => {
    const r = parseBulletinText(
      "编者按:\n着力推进改革攻坚\n近年来,全省各级各部门认真贯彻落实工作部署。",
    );
    expect(r.warnings.some((w) => w.code === "web-line-dropped")).toBe(false);
  });

  test("parseBulletinText: any date-time under a page's title is its publication date (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (d, h, m) => {
          const iso = d.toISOString().slice(0, 10);
          const time = `${h}:${String(m).padStart(2, "0")}`;
          const r = parseBulletinText(
            `某县12345热线运行情况\n${iso} ${time}\n本月共受理诉求3385件。`,
          );
          expect(r.bulletin.issue.publishedOn).toBe(iso);
          expect(r.bulletin.publication.title).toBe("某县12345热线运行情况");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("run-in item titles of phrases joined by commas", () => {
  test.each([
    {
      what: "（一） then two phrases up to the first 。 and the item's text",
      body: "（一）强化组织领导，压实工作责任。县政务服务中心成立工作专班。",
      titles: ["强化组织领导，压实工作责任"],
    },
    {
      what: "1. then three phrases, quotes in them",
      body: "1.优化审批流程，推行“一窗受理”，提升服务效能。全年共受理事项3385件。",
      titles: ["优化审批流程，推行“一窗受理”，提升服务效能"],
    },
    {
      what: "a leading date makes the clause the item's text",
      body: "（一）9月8日，省中心召开会议。会议要求各窗口严守纪律。",
      titles: [null],
    },
    {
      what: "four phrases are a sentence",
      body: "（一）中心召开会议，部署下阶段工作，明确任务分工，压实工作责任。会议要求各窗口严守纪律。",
      titles: [null],
    },
    {
      what: "a clause with a Latin term is a sentence",
      body: "（1）国内生产总值简称GDP，是生产成果。它按市场价格计算。",
      titles: [null],
    },
    {
      what: "a clause with a figure is a sentence",
      body: "（1）全年受理事项，共计3385件。办结率100%。",
      titles: [null],
    },
  ])("parseBulletinText: $what", ({ body, titles }) => {
    expect(itemTitles(body)).toEqual(titles);
  });

  test("parseBulletinText: two or three Han phrases before a 。 and text after it are an item's title, four are not (property)", () => {
    const phrase = fc
      .array(fc.constantFrom(..."强化组织领导压实工作责任优化审批流程提升服务效能"), {
        minLength: 2,
        maxLength: 12,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 2, maxLength: 4 }), (phrases) => {
        const title = phrases.join("，");
        const got = itemTitles(`（一）${title}。县政务服务中心成立工作专班。`);
        // At most three phrases and the 30 characters of a run-in title.
        expect(got).toEqual([phrases.length <= 3 && title.length <= 30 ? title : null]);
      }),
      { numRuns: 80 },
    );
  });
});

describe("run-in leads without a marker", () => {
  test("parseBulletinText: two or more paragraphs led by a short Han sentence (up to twelve characters) are headed by it", () => {
    const text =
      "1-9月某市公共资源交易呈“两升两降”趋势\n2021年,全市完成各类交易事项1137个。\n工程建设交易额大幅上升。全市完成工程建设项目336个,交易金额115.6亿元。\n国有土地交易额大幅下降。全市完成国有土地出让54宗,交易金额23.43亿元。";
    expect(headings(text)).toEqual([
      "S:正文",
      "S:工程建设交易额大幅上升",
      "S:国有土地交易额大幅下降",
    ]);
  });

  test("parseBulletinText: a single short lead sentence stays text", () => {
    const text =
      "某市公共资源交易情况\n2021年,全市完成各类交易事项1137个。\n工程建设交易额大幅上升。全市完成工程建设项目336个,交易金额115.6亿元。";
    expect(headings(text)).toEqual(["S:正文"]);
  });
});

describe("a file-information grid without colons", () => {
  test("parseBulletinText: its 信息名称, 公开日期 and 发布机构 are the title, the date and the publisher, whatever they are (property)", () => {
    const name = fc
      .array(fc.constantFrom(..."某区市场监督管理局投诉举报统计分析报告热线运行情况"), {
        minLength: 6,
        maxLength: 30,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        name,
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.constantFrom("市场监管局", "区行政审批局", "区政务服务中心"),
        (title, d, agency) => {
          const iso = d.toISOString().slice(0, 10);
          const text = `信息名称 ${title}\n索引号 113204820141411706/2025-00003\n文件编号 发布机构 ${agency}\n生成日期 ${iso} 公开日期 ${iso} 废止日期有效\n\n一、总体情况\n全年共收到各类投诉举报7607件，同比增长5.62%。`;
          const { bulletin } = parseBulletinText(text);
          expect(bulletin.publication.title).toBe(title);
          expect(bulletin.issue.publishedOn).toBe(iso);
          const p = bulletin.publication.publisher;
          expect([p?.name, p?.shortName]).toContain(agency);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("numbered item markers and page dates in other forms", () => {
  test.each([
    {
      what: "a circled number before a run-in title",
      body: "①工程建设项目。完成交易52项。",
      titles: ["工程建设项目"],
    },
    {
      what: "a half-bracketed number before a run-in title",
      body: "2）政府采购。完成交易36项。",
      titles: ["政府采购"],
    },
    {
      what: "a bracketed number heading a line of its own",
      body: "（1）总体情况\n本月共受理事项3385件，办结3320件。",
      titles: ["总体情况"],
    },
  ])("parseBulletinText: $what heads an item", ({ body, titles }) => {
    expect(itemTitles(body)).toEqual(titles);
  });

  test.each([
    ["2023/05/06 10:10", "2023-05-06"],
    ["2023.5.6", "2023-05-06"],
  ])("parseBulletinText: a page's `发布时间：%s` is its publication date", (printed, iso) => {
    const r = parseBulletinText(
      `某县12345热线运行情况\n发布时间：${printed} 来源：县政务服务中心\n本月共受理诉求3385件。`,
    );
    expect(r.bulletin.issue.publishedOn).toBe(iso);
  });

  test("parseBulletinText: any circled number ① to ⑳ heads a run-in item (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19 }), (k) => {
        const marker = String.fromCharCode(0x2460 + k);
        expect(itemTitles(`${marker}工程建设项目。完成交易52项。`)).toEqual(["工程建设项目"]);
      }),
      { numRuns: 20 },
    );
  });
});

describe("a title broken over two lines", () => {
  test.each([
    {
      what: "the headline of a 通报 and the line that ends it",
      text: "关于2022年第八次县政府常务会议确定事项\n落实情况的通报\n各乡镇人民政府，县政府各部门：\n近期，县政府督查室对常务会议确定事项落实情况开展了专项督查，现通报如下。\n一、总体情况\n确定事项22件，已办结6件，占比27%。",
      title: "关于2022年第八次县政府常务会议确定事项落实情况的通报",
    },
    {
      what: "a page's title under the site's name, over its metadata line",
      text: "某某县人民政府\n关于2022年第八次县政府常务会议确定事项\n落实情况的通报\n发布时间：2022-09-15 来源：县政府办\n近期，县政府督查室对落实情况开展了专项督查。",
      title: "关于2022年第八次县政府常务会议确定事项落实情况的通报",
    },
    {
      what: "a title that is whole stays apart from a `——` subtitle",
      text: "深化“一件事一次办”改革\n——某县经验做法\n近年来，某县坚持以人民为中心，全面落实有关改革的决策部署，共梳理事项200个，进一步优化了政务服务。",
      title: "深化“一件事一次办”改革",
    },
    {
      what: "a complete title stays apart from a short heading under it",
      text: "2023年5月某县12345热线运行情况通报\n总体情况\n本月共受理诉求3385件，办结3320件，办结率98.07%，群众满意率99.2%。",
      title: "2023年5月某县12345热线运行情况通报",
    },
  ])("parseBulletinText: $what", ({ text, title }) => {
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });

  test("parseBulletinText: a title broken anywhere before its last word reads whole (property)", () => {
    const whole = "关于2022年第八次县政府常务会议确定事项落实情况的通报";
    fc.assert(
      fc.property(fc.integer({ min: 4, max: whole.length - 6 }), (k) => {
        const text = `${whole.slice(0, k)}\n${whole.slice(k)}\n各乡镇人民政府，县政府各部门：\n近期，县政府督查室对常务会议确定事项落实情况开展了专项督查，现通报如下。`;
        expect(parseBulletinText(text).bulletin.publication.title).toBe(whole);
      }),
      { numRuns: 30 },
    );
  });
});

describe("a section marker inside a line", () => {
  const sections = (text: string): string[] =>
    parseBulletinText(text).bulletin.sections.map((s) => s.title);
  test.each([
    [
      "`五、` after a sentence's end",
      "一、甲项工作\n完成任务。\n四、丁项工作\n完成任务。五、戊项工作",
      true,
    ],
    [
      "`五．` after a sentence's end",
      "一、甲项工作\n完成任务。\n四、丁项工作\n完成任务。五．戊项工作",
      true,
    ],
    [
      "`五。` after a sentence's end (sentences)",
      "一、甲项工作\n完成任务。\n四、丁项工作\n度经的。五。的。",
      false,
    ],
    [
      "`五。` with text after it",
      "一、甲项工作\n完成任务。\n四、丁项工作\n完成任务。五。戊项工作完成。",
      false,
    ],
  ])("parseBulletinText: %s (`%s`) opens a section: %s", (_, text, opens) => {
    expect(sections(text).length).toBe(opens ? 3 : 2);
  });

  test("parseBulletinText: `五。` opening a line still heads the section", () => {
    expect(sections("一、甲项工作\n完成任务。\n五。戊项工作\n完成任务。")).toEqual([
      "甲项工作",
      "戊项工作",
    ]);
  });
});

/**
 * A short heading a copy ran into its first item (issue 14, formerly held-out-8: a page that
 * begins mid-report with a word spliced before `(一)`): 2 to 8 Han characters at a line's start,
 * then the first item's marker. The item starts a line of its own; the words head its section.
 */
describe("a short heading run into its first item", () => {
  test.each([
    {
      what: "a heading before （一） and its run-in label",
      text: "主要做法（一）强化组织领导：成立工作专班12个。\n（二）完善工作机制：出台制度5项。",
      headings: ["S:主要做法", "I:强化组织领导", "I:完善工作机制"],
    },
    {
      what: "the same before (一) in ASCII brackets, its title closed by 。",
      text: "受理情况(一)来电受理。本月受理来电1200件。\n(二)网络受理。本月受理网络诉求320件。",
      headings: ["S:受理情况", "I:来电受理", "I:网络受理"],
    },
  ])("parseBulletinText: $what", ({ text, headings: expected }) => {
    expect(headings(text)).toEqual(expected);
  });

  test.each([
    // A marker of a later item, or one after a sentence mark, or after more than eight characters.
    "主要做法（二）强化组织领导：成立工作专班12个。",
    "经研究，（一）强化组织领导：成立工作专班12个。",
    "全县各乡镇和县直各部门（一）强化组织领导：成立工作专班12个。",
  ])(
    "parseBulletinText: counter-case: %s keeps its words before the marker in one line",
    (text) => {
      expect(headings(`一、工作动态\n${text}`)).not.toContain("I:强化组织领导");
    },
  );
});
