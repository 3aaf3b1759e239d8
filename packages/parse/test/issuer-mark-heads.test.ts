import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document's head as GB/T 9704 prints it: the issuer's mark (发文机关标志, `某某办公室文件`), its
 * 发文字号 and its title (`关于…的通报`) over the addressees. The mark names the publisher (the
 * office, without `文件`); the title is the `关于…` line as printed, the issuer not joined to it (the
 * mark is no line of the title). A line ending in 文件 that names no office (`关于转发…的文件`,
 * `会议文件`) is no mark. Every example is written for the rule, not taken from a page.
 */

const body =
  "各省、自治区、直辖市安全生产委员会：\n\n    今年上半年，全国安全生产形势总体平稳，全国共发生伤亡事故4545起，同比下降12.6%。现通报如下：\n\n    一、上半年全国安全生产情况\n\n    全国非矿山企业发生伤亡事故2597起。";

describe("a document's head under its issuer's mark", () => {
  test.each([
    [
      "某省安全生产委员会办公室文件",
      "某委办字[2001]9号",
      "关于2001年上半年 全国伤亡事故情况的通报",
      "某省安全生产委员会办公室",
    ],
    [
      "某市人民政府办公室文件",
      "某政办发〔2023〕17号",
      "关于2023年上半年政务服务工作情况的通报",
      "某市人民政府办公室",
    ],
    ["某县统计局 文件", "某统字（2022）第3号", "关于2022年统计执法检查情况的通报", "某县统计局"],
  ])(
    "parseBulletinText: `%s` / `%s` / `%s`: the publisher is the office, the title the 关于 line",
    (mark, number, title, publisher) => {
      const { bulletin } = parseBulletinText(
        `${mark}\n\n \n\n${number}\n\n \n\n${title}\n\n${body}`,
      );
      expect(bulletin.publication.publisher?.name).toBe(publisher);
      expect(bulletin.publication.title?.replaceAll(" ", "")).toBe(title.replaceAll(" ", ""));
      expect(bulletin.sections.map((s) => s.title)).toContain("上半年全国安全生产情况");
    },
  );

  test.each(["关于转发全省安全生产会议的文件", "全省安全生产工作会议文件"])(
    "parseBulletinText: `%s` names no issuer (counter-case)",
    (line) => {
      const { bulletin } = parseBulletinText(
        `${line}\n\n某委办字[2001]9号\n\n关于2001年上半年全国伤亡事故情况的通报\n\n${body}`,
      );
      expect(bulletin.publication.publisher?.name ?? "").not.toBe(line.replace(/文件$/, ""));
    },
  );
});
