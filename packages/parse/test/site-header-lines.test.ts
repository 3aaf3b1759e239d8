import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's header lines over a page's headline that are not the report (the misses of the ninth
 * blind set read as families): a greeting whose date widget was lost (`欢迎访问…网站，今天是：`), a
 * breadcrumb opening with `网站首页 >>`, a service hotline's banner, a language switch (`EN`) and a
 * font-size widget with its other tools (`字号：默认 超大 | 打印 |`). With them dropped, the line
 * over the page's date and 来源 line is its title. Every example here is written for the rule,
 * not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const headline = "某县2024年1—9月政务服务工作情况通报";
const meta = "作者：办公室 发布时间：2024-10-12 09:30:00";
const lede = "2024年1—9月，全县政务服务大厅共受理各类事项38215件，办结38012件，办结率99.5%。";
const body = `${lede}\n其中即办件21004件，承诺件17211件。`;

describe("a site's header lines over a page's headline", () => {
  test.each([
    ["欢迎访问某县人民政府网站，今天是："],
    ["欢迎来到某市生态环境局网站, 今天是 : "],
    ["欢迎访问某区人民法院网站 今天是"],
    ["欢迎访问某区人民法院网站！今天是：2024年10月15日 星期二"],
    ["您好，欢迎光临某市生态环境局网站！"],
    ["24小时服务热线：0717-7822000"],
    ["网站首页 >> 政务公开 >> 工作动态"],
    ["网站首页 > 新闻中心"],
    ["诉讼服务热线：12368"],
    ["举报热线: 0717-7822000"],
    ["EN"],
    ["English"],
    ["欢迎访问某县人民政府网站，今天是：\n政务服务热线：12345\n网站首页 >> 政务公开 >> 政务公开"],
    // A site's menu bar, its link to the home page first (the repair joins its words).
    ["网站首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流"],
    ["首頁  新聞中心  政務公開  網上辦事  關於我們"],
    ["首页｜走进某县｜新闻中心｜信息公开｜公众参与\n首页｜走进某县｜新闻中心｜信息公开｜公众参与"],
  ])("parseBulletinText: `%s` is dropped and the headline under it is the title", (header) => {
    for (const text of [
      `${header}\n${headline}\n${meta}\n${body}`,
      `${header}\n${headline}\n${body}`,
    ]) {
      const { bulletin, warnings } = parse(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
      expect(JSON.stringify(bulletin.sections)).not.toContain(header.split("\n")[0]?.slice(0, 4));
    }
  });

  test.each(["字号：默认 超大 | 打印 |", "字号: 大 中 小 | 打印 | 关闭"])(
    "parseBulletinText: the page's tool line `%s` under the headline is dropped",
    (tools) => {
      const { bulletin, warnings } = parse(`${headline}\n${meta}\n${tools}\n${body}`);
      expect(bulletin.publication.title).toBe(headline);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 3)).toBe(
        true,
      );
      expect(JSON.stringify(bulletin.sections)).not.toContain("字号");
    },
  );
});

describe("the text's own lines that look like a site's header", () => {
  test.each([
    ["市长热线：1540", "市长热线"],
    ["12345热线：3256", "12345热线"],
    ["投诉热线：1540件", "投诉热线"],
    ["欢迎访问本网站，今天是全县政务服务开放日。", "今天是全县政务服务开放日"],
    ["网站首页改版后，月均访问量达3.2万人次。", "网站首页改版后"],
    ["EN标准检测项目12项", "EN标准检测项目"],
    ["首页改版后新增办事指南栏目12个", "首页改版后新增办事指南栏目"],
  ])("parseBulletinText: `%s` in the text stays", (line, kept) => {
    const { bulletin } = parse(`${headline}\n${meta}\n${lede}\n${line}\n其中即办件21004件。`);
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });
});

test("parseBulletinText: a title opening with 首页 and naming its matter with 的 is no menu bar", () => {
  const title = "首页栏目调整工作推进情况的通报";
  const { bulletin } = parse(`${title}\n${meta}\n${body}`);
  expect(bulletin.publication.title).toBe(title);
});

describe("a site's and a column's names over a headline over its date (no issue number)", () => {
  const report =
    "2024年上半年，全市城镇新增就业3.2万人，完成全年目标任务的61%。\n其中高校毕业生就业1.1万人。";
  test.each([
    ["某某网移动版\n某某网移动版", "上半年全市城镇新增就业3.2万人", "2024-07-15 09:39:00"],
    ["NEWS CENTER\n新闻资讯", "某局发布2024年上半年全市就业基本情况", "2024-07-10"],
    ["某市人社网\n工作动态", "全市上半年城镇新增就业完成全年目标六成", "2024年7月12日"],
  ])(
    "parseBulletinText: `%s` over `%s` are the page's, the headline is the title",
    (names, title, date) => {
      const { bulletin } = parse(`${names}\n${title}\n${date}\n${report}`);
      expect(bulletin.publication.title).toBe(title);
      expect(JSON.stringify(bulletin.sections)).toContain("全市城镇新增就业");
    },
  );

  test.each([
    ["某县社会工作\n（热线专报）\n2024年4月22日", "某县社会工作（热线专报）"],
    ["某某县\n政务服务工作动态\n2024年3月5日", "某某县政务服务工作动态"],
    [
      "某市12345\n一 体 化\n政务服务便民热线热线工作通报\n第3期\n2024年3月5日",
      "某市12345一体化政务服务便民热线热线工作通报",
    ],
  ])("parseBulletinText: a masthead's name split over lines (`%s`) is joined", (head, title) => {
    const { bulletin } = parse(`${head}\n${report}`);
    expect(bulletin.publication.title).toBe(title);
  });
});

describe("lines of a page's head over its headline that are no heading", () => {
  const page = (head: string) => `${head}\n${headline}\n${meta}\n${body}`;

  test.each([
    ['<s id="ab12c"></s>\n<s id="ab12c"><nobr id="ab12c"></nobr></s>\nad9_210*60'],
    ["关键词：\n某某网 > 新闻中心 > 时政新闻"],
    ["某某网 >> 政务公开 >> 工作动态 >> 正文内容"],
    ["NEWS\n关键字:"],
  ])("parseBulletinText: `%s` over the headline is dropped, the headline is the title", (head) => {
    const { bulletin } = parse(page(head));
    expect(bulletin.publication.title).toBe(headline);
    expect(JSON.stringify(bulletin.sections)).not.toContain("新闻中心");
    expect(JSON.stringify(bulletin.sections)).not.toContain("nobr");
  });

  test("parseBulletinText: with no metadata line under the headline, a site's path at the top is still the page's (since session 38) and the headline is the title", () => {
    const { bulletin, warnings } = parse(
      `关键词：\n某某网 > 新闻中心 > 时政新闻\n${headline}\n${body}`,
    );
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(true);
    expect(bulletin.publication.title).toBe(headline);
  });

  test.each([
    ["2024-10-12", "2024-10-12"],
    ["2024/10/12", "2024-10-12"],
  ])("parseBulletinText: a date `%s` over the headline is read, not passed over", (date, iso) => {
    const { bulletin } = parse(`${date}\n${headline}\n来源：某县政务服务中心\n${body}`);
    expect(bulletin.publication.title).toBe(headline);
    expect(bulletin.issue.publishedOn).toBe(iso);
  });

  test("parseBulletinText: a path of two names over the headline is not passed over", () => {
    const { warnings } = parse(`受理 > 办结\n关键词：\n${headline}\n${meta}\n${body}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(
      false,
    );
  });
});

describe("a breadcrumb that ends with the page's title", () => {
  const sub = "全县政务服务受理量、办结量同比增长均超过三成以上";

  test.each([
    [`您的位置：首页 > 政务动态 > ${headline}`, `${headline}\n${sub}`],
    [`当前位置：首页 >> 工作动态 >> ${headline}`, `工作动态\n${headline}\n${sub}`],
    [`当前位置：首页 » 工作动态 » ${headline}`, `${headline}\n${sub}`],
    [`您的位置：首页 > 政务动态 > ${headline.slice(0, 12)}...`, `${headline}\n${sub}`],
  ])(
    "parseBulletinText: under `%s` that line is the title, not a longer subtitle",
    (crumb, head) => {
      const { bulletin } = parse(`${crumb}\n${head}\n${meta}\n${body}`);
      expect(bulletin.publication.title).toBe(headline);
    },
  );

  test("parseBulletinText: a breadcrumb ending with its column leaves the longest line the title", () => {
    const { bulletin } = parse(
      `您的位置：首页 > 政务动态\n政务动态\n${headline}\n${meta}\n${body}`,
    );
    expect(bulletin.publication.title).toBe(headline);
  });
});
