import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A 落款 whose issuer's line the repair joined to the line over it, because that line closes no
 * sentence: the last file of a 附件说明 (`附件：1.…情况表` / `2.…名单` / `某县人民政府督查室` /
 * `2022年4月6日`), or a ranking's last row (`第二名：某某乡 94.2分` / `某县城市管理局办公室` /
 * `2022年6月30日`). The input line joined last, an issuer's name alone, over the date is the issuer.
 * Near-misses keep what the parser read before: a last piece that names no body, a name that runs
 * on into words on its own input line. Every text here is written for the test.
 */

const LETTER =
  "某县政府：\n按照县政府工作安排，县政府督查室对重点工作任务一季度进展情况进行了督查，现将有关情况报告如下。\n一、预期目标情况\n今年8项指标均符合预期目标。\n二、民生实事进展情况\n12项民生实事正常推进（详见附件2）。\n";
const RANKING =
  "5月份全县环境卫生管理考核情况通报\n\n根据有关要求，现将5月份全县环境卫生管理考核情况通报如下。\n第一名：某某镇 96.1分\n第二名：某某乡 94.2分\n";

const read = (text: string) => parsedView(text, ["publisher", "publishedOn"]);

describe("an issuer's line joined to the line over it, over the date", () => {
  test.each([
    {
      what: "under a 附件说明 of two files, an attachment after it",
      text: `${LETTER}附件：1.预期目标任务进展情况表\n2.民生实事任务进展情况表\n某县人民政府督查室\n2022年4月6日\n附件1\n预期目标任务进展情况表\n序号 | 预期目标 | 责任单位 |\n1 | 地区生产总值增长6% | 县发展改革局 |`,
      expected: { publisher: "某县人民政府督查室", publishedOn: "2022-04-06" },
    },
    {
      what: "under a 附件说明 of one file, closing the text",
      text: `${LETTER}附件：预期目标任务进展情况表\n某县人民政府督查室\n2022年4月6日`,
      expected: { publisher: "某县人民政府督查室", publishedOn: "2022-04-06" },
    },
    {
      what: "under a ranking's last row, closing the text",
      text: `${RANKING}某县城市管理局办公室\n2022年6月30日`,
      expected: { publisher: "某县城市管理局办公室", publishedOn: "2022-06-30" },
    },
  ])("$what", ({ text, expected }) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("near-misses: no issuer read from the joined line", () => {
  test.each([
    {
      what: "a last piece that names no body",
      text: `${RANKING}第三名：某某街道 93.0分\n2022年6月30日`,
      expected: { publisher: undefined },
    },
    {
      what: "a name run on into words on its own line",
      text: `${LETTER}附件：预期目标任务进展情况表\n某县人民政府督查室负责解释\n2022年4月6日`,
      expected: { publisher: undefined },
    },
  ])("$what", ({ text, expected }) => {
    expect(parsedView(text, ["publisher"])).toEqual(expected);
  });
});
