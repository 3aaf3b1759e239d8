import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's notice that the reader's browser cannot play its Flash content: `不支持Flash` over the
 * headline (an old portal's player box), `某某平台提示:您的Flash Player版本过低,请进行网页播放器升级!`
 * atop the page. Furniture, no title and no line of the text; the headline under it is the title.
 * Near-miss: a sentence of the text that mentions Flash stays. Every text here is written for the test.
 */

const LEDE =
  "本报讯 某镇街道是我市政治、经济、文化中心，随着经济社会的不断发展，该街道中心集聚效应愈加凸显。\n据统计，1-9月该镇街道完成财政收入3.1亿元，同比增长21%，首次突破三亿元。";
const REPORT =
  "一、邮政行业总体状况\n2016年3月，某市邮政企业和规模以上快递服务企业业务收入完成5.12亿元，同比增长41.3%。\n二、快递业务发展状况\n3月份，某市快递服务企业业务量累计完成3494.54万件，同比增长58.79%。";
const view = (text: string) => parsedView(text, ["title", "text"]);

describe("a notice about the Flash player", () => {
  test("`不支持Flash` over the headline: the headline is the title", () => {
    const v = view(
      `不支持Flash\n\n某镇财政收入首超三亿元\n\nhttp://www.example.com.cn 2007年10月31日03:00 某某日报\n\n${LEDE}`,
    );
    expect(v.title).toBe("某镇财政收入首超三亿元");
  });

  test.each([
    "某省物流公共信息平台提示:您的Flash Player版本过低,请进行网页播放器升级!",
    "您的浏览器不支持Flash",
  ])("`%s` atop a report without a headline: no title, no line of the text", (notice) => {
    const v = view(`${notice}\n${REPORT}`);
    expect(v.title).toBeUndefined();
    expect(v.text).not.toContain("Flash");
  });

  test("near-miss: a sentence that mentions Flash stays in the text", () => {
    const v = view(`某镇财政收入首超三亿元\n本站视频采用Flash格式播放，共收录节目120期。\n${LEDE}`);
    expect(v.text).toContain("本站视频采用Flash格式播放");
  });
});
