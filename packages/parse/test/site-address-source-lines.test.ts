import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A site's line under a page's headline: the site's name and its web address, then the 来源 field
 * (its date perhaps between): `某某殡葬网 www.mmbz.net 2015-02-11 08:30 来源:本站`,
 * `中国某某门户网站 www.mm.gov.cn   来源:某某局`. The source is the publisher; a source that names the
 * site itself (`本站`, `本网`) is the site named on the line. Every text here is written for the test
 * (session 34's s34b, from moved held-out sets' copies of a trade site's and a portal's pages).
 */

const page = (line: string) =>
  `2014年某省推行火葬情况\n${line}\n\n2014年,全省火化遗体12.5万具,火化率达到68.2%,比上年提高3.1个百分点。`;

describe("a site's name and address, then its source", () => {
  test.each([
    {
      what: "a date between, the source the site itself",
      line: "某某殡葬网 www.mmbz.net 2015-02-11 08:30 来源:本站",
      expected: { publisher: "某某殡葬网", publishedOn: "2015-02-11" },
    },
    {
      what: "no date, a body as the source",
      line: "中国某某门户网站 www.mm.gov.cn   来源:某某局",
      expected: { publisher: "某某局", publishedOn: undefined },
    },
    {
      what: "traditional characters, the source 本網",
      line: "某某資訊網 www.mmzx.com.tw 2015-02-11 來源:本網",
      expected: { publisher: "某某資訊網", publishedOn: "2015-02-11" },
    },
  ])("$what", ({ line, expected }) => {
    expect(parsedView(page(line), ["publisher", "publishedOn"])).toEqual(expected);
  });
});

describe("near-misses: no site's name and address before the source", () => {
  test.each([
    { what: "the source 本站 after a date alone", line: "2015-02-11 08:30 来源:本站" },
    { what: "a company's name and address", line: "某某科技公司 www.mmkj.com 来源:本站" },
  ])("$what", ({ line }) => {
    expect(parsedView(page(line), ["publisher"]).publisher).toBeUndefined();
  });
});
