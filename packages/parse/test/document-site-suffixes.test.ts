import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report copied from a document-sharing or download site, its page title printed over the text
 * with the site's name after a hyphen or a bar (`…价格周报(2022年9月2日—9月8日)-某某下载`,
 * `…统计公报_某某文库`): the headline is what comes before the site's name. A part after the
 * mark that names no such site (`-附表`, a span `1-10月`) stays. Every text here is written for
 * the test (the corpus's shape, a ministry's weekly price report on a download site, is the first).
 */

const BODY =
  "\n据某省农业农村厅“农产品批发市场价格信息系统”监测，本周（2022年09月02日--2022年09月08日）农产品批发价格200指数为130.74点，比上周上升3.93点，比去年同期上升17.77个点。\n本周重点监测的畜禽产品猪肉、羊肉、牛肉、鸡蛋和白条鸡与上周相比，猪肉价格上升2.6%，羊肉价格上升0.3%。\n全省19种蔬菜平均价格为4.93元/公斤，比上周上升8.1%，同比上升30.4%，其中菜花、西红柿和茄子的价格环比涨幅较大。";

const title = (head: string) => parseBulletinText(`${head}${BODY}`).bulletin.publication.title;

describe("a download or document site's name closing a page's title", () => {
  test.each([
    [
      "某省农产品批发市场价格周报(2022年9月2日—9月8日)-某客下载",
      "某省农产品批发市场价格周报（2022年9月2日—9月8日）",
    ],
    ["某市农产品市场价格运行分析_某某文库", "某市农产品市场价格运行分析"],
    ["某县2022年国民经济和社会发展统计公报 - 某某文档", "某县2022年国民经济和社会发展统计公报"],
    ["某市1-10月农产品价格运行情况_某某资料下载", "某市1-10月农产品价格运行情况"],
  ])("parseBulletinText: `%s` is titled `%s`", (head, expected) => {
    expect(title(head)).toBe(expected);
  });

  test.each([["某省农产品批发市场一周价格行情-附表"], ["某市1-10月农产品价格运行情况"]])(
    "parseBulletinText: `%s` keeps what follows its mark (counter-case)",
    (head) => {
      expect(title(head)).toBe(head);
    },
  );
});
