import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `二、农业、农村经济 全年全区实现…`, `二、精心组织动员，统筹推进疫情防控 一是…`: a run-in section heading
 * whose phrases a pause parts (`、` in a 统计公报's standard headings, `，` in a 工作总结's parallel
 * phrases), set off from its paragraph by a space as a heading of Han words alone is: the heading
 * ends at the space, pause and all. A sentence before a stray space (a clause of time, a figure)
 * is no such heading, nor are a heading's words a stray space broke (a short word on one side). Written for the rule (held-out-143's 工会 summary and held-out-169's county
 * 统计公报 in traditional characters); every text here is invented.
 */

const read = (text: string) =>
  parseBulletinText(text).bulletin.sections.map((s) => ({
    title: s.title,
    body: JSON.stringify(s.items[0]?.body ?? []),
  }));

describe("a spaced run-in heading of phrases parted by a pause", () => {
  test.each([
    [
      "a communiqué's standard headings",
      "某县2023年统计公报\n一、综合 全年全县地区生产总值125.6亿元，增长5.2%。\n二、农业、农村经济 全年全县农林牧渔业总产值38.2亿元，增长3.1%。\n三、交通、邮电和旅游 年末全县公路通车里程2156公里，增长1.2%。",
      ["农业、农村经济", "交通、邮电和旅游"],
    ],
    [
      "in traditional characters, two spaces",
      "五、教育、科學技術和文化  全年全市普通高校招生2.1萬人，增長4.5%。\n六、衛生、社會保障  年末全市共有醫療衛生機構1200個，增長1.5%。",
      ["教育、科學技術和文化", "衛生、社會保障"],
    ],
    [
      "a summary's parallel phrases",
      "某镇上半年工作总结\n一、强化党建引领、推进党风廉政建设 按照全面从严治党要求，镇党委履行主体责任。\n二、精心组织动员，统筹推进疫情防控 疫情发生以来，全镇干部下沉一线，守好防线。",
      ["强化党建引领、推进党风廉政建设", "精心组织动员，统筹推进疫情防控"],
    ],
  ])("%s: the heading ends at the space", (_, text, titles) => {
    const got = read(text);
    for (const title of titles) {
      const section = got.find((s) => s.title === title);
      expect(section).toBeDefined();
      expect(section?.body).not.toContain(title);
    }
  });

  test.each([
    [
      "a clause of time before a stray space",
      "一、上半年，全县 粮食播种面积12.5万亩，同比增长2.1%。",
      ["上半年，全县", "上半年"],
    ],
    [
      "a figure before a stray space",
      "一、完成投资5亿元，同比增长 12%，超额完成全年任务。",
      ["完成投资5亿元，同比增长", "完成投资"],
    ],
    [
      "a pause closing the words before the space",
      "一、工业、 农业和服务业全面增长，全县经济运行总体平稳。",
      ["工业、", "工业"],
    ],
    [
      "a stray space after a one-character word",
      "三、肉类、禽 蛋情况：羊肉价格65元/公斤，牛肉价格为70元/公斤。",
      ["肉类、禽"],
    ],
    [
      "a stray space inside a phrase",
      "二、聚焦中心大局，以依 法履职为路径，护航高质量发展。服务重大战略工程实施。",
      ["聚焦中心大局，以依"],
    ],
    [
      "a stray space before a short clause's end",
      "一、强化工作监督，认真行使法定 职权，致力促进科学发展。",
      ["强化工作监督，认真行使法定"],
    ],
  ])("near-miss: %s heads nothing", (_, text, wrong) => {
    const titles = read(text).map((s) => s.title);
    for (const w of wrong) expect(titles).not.toContain(w);
  });
});
