import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { forumNoise } from "../src/internal/forum-noise";

/**
 * Shapes of bulletins copied into forums and page layouts (issue 14): a forum's anti-copy noise
 * between sentences, layout cells closed by ` |`, and the 落款 (issuer over date) closing a
 * notice that has no masthead.
 */

const noiseOf = (text: string): string[] =>
  forumNoise(text, 0, text.length).map(([a, b]) => text.slice(a, b));

describe("forum anti-copy noise", () => {
  test.each([
    {
      what: "a run after a sentence, glued to its 。",
      text: "没有出现超时办结件。. Q! h) n9 S+ Y9 [5 F",
      noise: [". Q! h) n9 S+ Y9 [5 F"],
    },
    {
      what: "a run before a signature",
      text: "+ J( I& |5 s3 Y 市政务服务中心",
      noise: ["+ J( I& |5 s3 Y"],
    },
    {
      what: "a run glued to the sentence after it",
      text: "- k$ p+ i) d* b& h另据统计，受理838件。",
      noise: ["- k$ p+ i) d* b& h"],
    },
    {
      what: "a line of noise only",
      text: '% p+ o" s/ p; T',
      noise: ['% p+ o" s/ p; T'],
    },
    { what: "numbers in a list", text: "依次为1, 2, 3, 4, 5, 6号窗口", noise: [] },
    { what: "English words", text: "the UN is at NY, as we all say", noise: [] },
    { what: "list markers", text: "(a) (b) (c) (d) (e) 五项", noise: [] },
    { what: "four tokens only", text: "受理。Q! h) n9 S+", noise: [] },
    {
      what: "a figure with its unit and a sentence",
      text: "受理5610件,比上月增加75.42%;办结5497件。",
      noise: [],
    },
  ])("forumNoise: finds $what", ({ text, noise }) => {
    expect(noiseOf(text)).toEqual(noise);
  });

  test("parseBulletinText: noise is left out with located info warnings, and its quote marks open no quote", () => {
    const text =
      '政务服务中心2011年3月份运行情况\n据统计,3月份共受理行政审批项目5610件。. Q! h) n9 S+ Y9 [5 F\n7 T\' `9 f0 [2 {: t\n本月无业务单位12个。; U5 i, {1 X6 H6 W" R& g: d\n另据统计,东兴市共受理838件,办结777件。 F; d F* j$ N! r, {9 a! w$ M" _\n';
    const { bulletin, warnings } = parseBulletinText(text);
    const body = JSON.stringify(bulletin.sections);
    expect(body).not.toContain("Q!");
    expect(body).not.toContain('"type":"quote"');
    expect(bulletin.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(
      expect.arrayContaining(["5610件", "12个", "838件", "777件"]),
    );
    const noise = warnings.filter((w) => w.code === "web-line-dropped");
    expect(noise.map((w) => w.position.line)).toEqual([2, 3, 4, 5]);
    expect(noise.every((w) => w.severity === "info")).toBe(true);
  });

  const han = fc
    .array(fc.constantFrom(..."受理办结件本月全市热线群众诉求同比增长"), {
      minLength: 2,
      maxLength: 20,
    })
    .map((cs) => cs.join(""));
  const token = fc
    .tuple(fc.constantFrom(..."abcdefghijkXYZ"), fc.constantFrom(..."!$&()*+,;:[]{}~"))
    .map(([l, m]) => `${l}${m}`);
  // Jammer strings draw their marks from many: three different ones at least.
  const noiseRun = fc
    .array(token, { minLength: 5, maxLength: 12 })
    .filter((ts) => new Set(ts.map((t) => t.charAt(1))).size >= 3)
    .map((ts) => ts.join(" "));

  test("property: noise put between the sentences of a text is all the repair takes out of it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(han, fc.option(noiseRun, { nil: undefined })), {
          minLength: 1,
          maxLength: 6,
        }),
        (parts) => {
          const clean = parts.map(([s]) => `${s}。`).join("\n");
          const noisy = parts
            .map(([s, n]) => (n === undefined ? `${s}。` : `${s}。${n}`))
            .join("\n");
          expect(repairExtractedText(noisy)).toBe(repairExtractedText(clean));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("repairExtractedText: takes noise out of a text of 200 000 lines (no line list is spread into one call)", () => {
    const text = `${"受理。\n".repeat(200_000)}办结件。. Q! h) n9 S+ Y9 [5 F\n`;
    const repaired = repairExtractedText(text);
    expect(repaired.endsWith("办结件。")).toBe(true);
    expect(repaired).not.toContain("Q!");
  });

  test("property: forumNoise takes only printable ASCII and spaces, never Han text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab1;( 受理。"'), maxLength: 60 }),
        (text) => {
          for (const n of noiseOf(text)) expect(n).toMatch(/^[!-~ ]+$/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("layout cells and the 落款", () => {
  test.each([
    { what: "a line closed by ` |`", text: "2011年4月22日 |", repaired: "2011年4月22日" },
    {
      what: "a lone `|`",
      text: "受理5610件。\n|\n办结5497件。",
      repaired: "受理5610件。\n办结5497件。",
    },
    {
      what: "a table row of the text writer",
      text: "| 地区 | 受理量 |",
      repaired: "| 地区 | 受理量 |",
    },
    {
      what: "a pipe inside the text",
      text: "热线12345|12315全天受理。",
      repaired: "热线12345|12315全天受理。",
    },
  ])("repairExtractedText: $what", ({ text, repaired }) => {
    expect(repairExtractedText(text)).toBe(repaired);
  });

  test.each([
    {
      what: "an issuer over a date closes a notice without masthead",
      text: "政务服务中心3月份运行情况\n据统计,3月份共受理行政审批项目5610件。\n市效能办公室\n2011年4月22日",
      publisher: "市效能办公室",
      publishedOn: "2011-04-22",
      read: true,
    },
    {
      what: "the 落款 before the 版记",
      text: "工作动态\n一、工作情况\n开展培训。\n市政务服务中心\n2025年3月5日\n报：省政务服务中心\n共印20份",
      publisher: "市政务服务中心",
      publishedOn: "2025-03-05",
      read: true,
    },
    {
      what: "a masthead's publisher and date win over the 落款's",
      text: "工作动态\n第3期\n市政务服务中心 2025年3月6日\n一、工作情况\n开展培训。\n市政务服务中心办公室\n2025年3月5日",
      publisher: "市政务服务中心",
      publishedOn: "2025-03-06",
      read: true,
    },
    {
      what: "a date under a sentence is no 落款",
      text: "工作动态\n一、工作情况\n开展培训，由市政务服务中心组织。\n2025年3月5日",
      publisher: undefined,
      publishedOn: undefined,
      read: false,
    },
    {
      what: "the 落款 before the 附注 in brackets (此件公开发布, 联系人)",
      text: "关于5月热线办理情况的通报\n一、总体情况\n本月受理诉求1200件。\n某县人民政府办公室\n2025年3月5日\n(此件公开发布)\n(联系人:张三,电话:1234567)",
      publisher: "某县人民政府办公室",
      publishedOn: "2025-03-05",
      read: true,
    },
    {
      what: "a date alone under the 附件说明 is the 成文日期 (the seal stood for the name), the attachment after it",
      text: "各乡镇人民政府:\n现将4月份热线办理情况通报如下:\n一、基本情况\n共受理群众诉求2877件。\n附件:热线办理4月份情况统计表\n2025年3月5日\n附件\n热线办理4月份情况统计表",
      publisher: undefined,
      publishedOn: "2025-03-05",
      read: true,
    },
    {
      what: "an issuer over a date under the 附件说明 is the 落款",
      text: "各乡镇人民政府:\n一、基本情况\n共受理群众诉求2877件。\n附件:1.热线办理情况统计表(4月)\n市政务服务中心\n2011年4月22日\n附件1\n热线办理情况统计表",
      publisher: "市政务服务中心",
      publishedOn: "2011-04-22",
      read: true,
    },
    {
      what: "a sentence under the 附件说明 makes no 落款 of the date after it",
      text: "一、基本情况\n共受理群众诉求2877件。\n附件:热线办理情况统计表\n表中数据截至月底。\n2025年3月5日",
      publisher: undefined,
      publishedOn: undefined,
      read: false,
    },
    {
      what: "a heading over a date is no 落款",
      text: "工作动态\n一、工作情况\n开展培训。\n培训情况\n2025年3月5日",
      publisher: undefined,
      publishedOn: undefined,
      read: false,
    },
  ])("parseBulletinText: $what", ({ text, publisher, publishedOn, read }) => {
    const { bulletin, warnings } = parseBulletinText(text);
    expect(bulletin.publication.publisher?.name).toBe(publisher);
    expect(bulletin.issue.publishedOn).toBe(publishedOn);
    const signature = warnings.filter((w) => w.code === "signature-read");
    expect(signature.length).toBe(read ? 1 : 0);
    if (read) {
      // The 落款 is no section or paragraph of the body.
      const body = JSON.stringify(bulletin.sections);
      expect(body).not.toContain("2025年3月5日");
      expect(body).not.toContain("2011年4月22日");
    }
  });
});
