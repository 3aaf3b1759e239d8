import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work summary flattened onto one line with no space anywhere (its breaks lost, not turned into
 * spaces): its title run straight into its first sentence (`某镇2016年半年工作总结2016年，我镇…`), and a
 * section's heading closed by a colon run into its first item after a sentence (`…任务过半。一、完成
 * 情况：（一）三大产业凸显特色。…（二）重点项目顺利推进。…`). The title stands alone; the heading heads a
 * part, the items under it. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headings = (text: string) =>
  (read(text).sections ?? []).flatMap((s) => [s.title, ...s.items.map((i) => i.title ?? "")]);

const body =
  "今年上半年,我镇完成财政总收入1545万元,顺利实现时间过半任务过半。一、完成情况:(一)三大产业凸显特色。大力推进招商引资,到位资金6630万元。(二)重点项目顺利推进。沙赤公路项目预计8月竣工。二、存在问题:(一)资金压力较大。项目建设资金缺口较大。";

describe("a flattened summary's title run into its first sentence", () => {
  test.each([
    ["a year and a comma", "某镇2016年半年工作总结", "2016年,我镇紧紧围绕目标,推进重点建设。"],
    ["so far this year", "某局2021年工作汇报", "今年以来,我局认真贯彻落实上级部署。"],
    ["traditional", "某鎮2016年半年工作總結", "2016年,我鎮緊緊圍繞目標,推進重點建設。"],
  ])("(%s) is the title", (_, title, lede) => {
    expect(read(`${title}${lede}${body}`).publication.title).toBe(title);
  });

  test.each([
    ["a sentence naming a summary", "我镇认真做好工作总结,2016年,我镇紧紧围绕目标推进建设。"],
    ["no time after the name", "某镇2016年半年工作总结我镇紧紧围绕目标,推进重点建设。"],
  ])("a line of another shape (%s) gives no such title", (_, first) => {
    expect(read(`${first}${body}`).publication.title).toBeUndefined();
  });
});

describe("a section's heading run into its first item", () => {
  test("the headings and items after sentences stand apart", () => {
    const got = headings(`某镇2016年半年工作总结\n${body}`);
    expect(got).toEqual(
      expect.arrayContaining([
        "完成情况",
        "三大产业凸显特色",
        "重点项目顺利推进",
        "存在问题",
        "资金压力较大",
      ]),
    );
  });

  test.each([
    [
      "a clause before the item",
      "顺利实现任务过半。一、完成情况:主要是(一)三大产业凸显特色。大力推进招商引资。",
    ],
    [
      "the item is no first",
      "顺利实现任务过半。一、完成情况:(三)三大产业凸显特色。大力推进招商引资。",
    ],
  ])("a run of another shape (%s) parts nothing", (_, text) => {
    expect(headings(`某镇2016年半年工作总结\n${text}`)).not.toContain("三大产业凸显特色");
  });
});
