import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document site's note over the copy it offers (`下面是小编为大家整理的…，供大家参考。`) opening the
 * text: the site's line; the headline under it is the title.
 */

const read = (text: string) => parseBulletinText(text).bulletin.publication.title;

const BODY =
  "一、2020年工作总结\n（一）主要林业指标全面完成\n全年完成营造林1.2万亩，森林覆盖率达到45.2%。\n";

describe("a document site's note over the headline", () => {
  test.each([
    {
      what: "the note naming the copy with another year",
      note: "下面是小编为大家整理的2023年度县林业局工作总结暨工作计划范本，供大家参考。",
      title: "2020年县林业局工作总结暨2021年工作计划",
    },
    {
      what: "ASCII comma",
      note: "下面是小编为大家整理的2022年某街道年1-6月经济运行情况分析报告,供大家参考。",
      title: "某街道2021年1-6月经济运行情况分析报告",
    },
    {
      what: "以下 and 希望…",
      note: "以下是小编为大家收集的某镇工作汇报，希望对大家有所帮助。",
      title: "某镇2021年上半年工作汇报",
    },
  ])("is dropped, the headline under it the title ($what)", ({ note, title }) => {
    expect(read(`${note}\n${title}\n${BODY}`)).toBe(title);
  });

  test.each([
    {
      what: "the report's own sentence",
      head: "下面是2022年的工作总结：",
    },
    {
      what: "the site's essay",
      head: "总结是一种思绪的整理，可以让我们更加清晰地认识到自己的所思所想，供大家参考。",
    },
  ])("a line otherwise stays as before ($what)", ({ head }) => {
    expect(read(`${head}\n2020年县林业局工作总结暨2021年工作计划\n${BODY}`)).not.toBe(
      "2020年县林业局工作总结暨2021年工作计划",
    );
  });

  test("a note a copy wrapped mid-word (`供大` / `家参考。`) is dropped, each of its lines warned about", () => {
    const title = "2020年县林业局工作总结暨2021年工作计划";
    const text = `下面是小编为大家整理的2023年度县林业局工作总结暨工作计划范本，供大\n家参考。\n${title}\n${BODY}`;
    const { bulletin, warnings } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe(title);
    const dropped = warnings.filter((w) => w.code === "web-line-dropped");
    expect(dropped.map((w) => w.position.line)).toEqual([1, 2]);
  });

  test("a note over a paragraph (no headline) leaves the text untitled", () => {
    const text =
      "下面是小编为大家整理的街道工作总结及2023年工作思路，供大家参考。\n2022年来，某街道认真贯彻落实区委精神，真抓实干。\n一、2022年亮点工作\n全年新增就业1200人。\n";
    expect(read(text)).toBeUndefined();
  });
});
