import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A cover notice (印发通知) that prints its own head over its addressees — a page's leftover line,
 * its 文号, its office and its title — and signs with the office's name over its
 * date, the same name as its head's, so it repeats as a running header would (a tuning text's
 * city plan, `lizhou-geohazard-plan-2023`, shortened). The office and the date are the notice's;
 * the title it names in 《》 is not the page's, its head is.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
/** The head, the notice and the plan, a blank line apart (an unbroken head would run on). */
const page = (...parts: string[][]) => parts.map((p) => p.join("\n")).join("\n\n");

const head = [
  "图解:关于印发《广元市利州区地质灾害防治方案(2023年修订)》和《广元市利州区突发地质灾害应急预案(2023年修订)》的通知",
  "广利府办发〔2023〕24号",
  "广元市利州区人民政府办公室",
  "关于印发《广元市利州区地质灾害防治方案(2023年修订)》和《广元市利州区突发地质灾害应急预案(2023年修订)》的通知",
];
const notice = [
  "各乡镇人民政府,各街道办事处,区级各部门:",
  "《广元市利州区地质灾害防治方案(2023年修订)》和《广元市利州区突发地质灾害应急预案(2023年修订)》已经区政府领导同意,现印发给你们,请结合地区实际认真抓好贯彻执行。",
  "广元市利州区人民政府办公室",
  "2023年5月20日",
];
const plan = [
  "广元市利州区地质灾害防治方案",
  "(2023年修订)",
  "为深入贯彻防灾减灾救灾重要论述,结合我区实际,制订本方案。",
  "一、地质灾害发育现状",
  "截至2023年5月1日,我区共有地质灾害隐患点94处。",
];

describe("a cover notice with its own head over its addressees", () => {
  test("gives the notice's office and date, and no title from its 《》", () => {
    const b = read(page(head, notice, plan));
    expect(b.issue.publishedOn).toBe("2023-05-20");
    expect(b.publication.publisher?.name).toBe("广元市利州区人民政府办公室");
    expect(b.publication.title ?? "").not.toBe("广元市利州区突发地质灾害应急预案(2023年修订)");
    expect(b.publication.title ?? "").not.toBe("广元市利州区突发地质灾害应急预案（2023年修订）");
  });

  test.each([
    [
      "addressees under a report's section, not a notice's title",
      [
        "某市2024年工作动态",
        "一、工作情况",
        "本月办理事项12件。",
        "二、通知",
        "各相关单位:",
        "现将《某某方案》印发给你们,请认真执行。",
        "某市人民政府办公室",
        "2024年3月5日",
        "三、下月安排",
        "全市共受理办件3215件。",
      ],
    ],
    [
      "addressees six lines down under a notice's title",
      [
        "某市2024年工作动态",
        "本月办理事项12件。",
        "第二行",
        "第三行",
        "第四行",
        "第五行",
        "关于印发《某某方案》的通知",
        "各相关单位:",
        "现将《某某方案》印发给你们,请认真执行。",
        "某市人民政府办公室",
        "2024年3月5日",
        "一、工作情况",
        "全市共受理办件3215件。",
      ],
    ],
  ])("%s gives no date from the notice", (_, lines) => {
    expect(read(lines.join("\n")).issue.publishedOn).toBeUndefined();
  });
});

describe("a 落款 repeating a line printed above it", () => {
  test("keeps the office's name over the date it signed on", () => {
    const text = [
      "某区审计局",
      "2023年度预算执行情况审计结果",
      "一、基本情况",
      "全区一般公共预算收入完成12.5亿元,增长5.1%。",
      "二、审计发现的问题",
      "部分项目资金拨付滞后,涉及金额0.3亿元。",
      "某区审计局",
      "2024年3月8日",
    ].join("\n");
    const b = read(text);
    expect(b.issue.publishedOn).toBe("2024-03-08");
    expect(b.publication.publisher?.name).toBe("某区审计局");
  });

  test("still drops a repeated page header that is no 落款", () => {
    const text = [
      "某县环境质量报表",
      "一、空气质量",
      "本月全县空气质量优良天数28天,优良率93.3%。",
      "某县生态环境局",
      "二、水环境质量",
      "本月全县地表水水质达标率100%。",
      "某县生态环境局",
      "三、声环境质量",
      "本月全县区域噪声均值52.1分贝。",
    ].join("\n");
    expect(JSON.stringify(read(text).sections)).not.toContain("某县生态环境局");
  });
});
