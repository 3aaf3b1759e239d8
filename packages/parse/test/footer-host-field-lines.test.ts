import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A government site's footer that prints its fields one a line: `主办:某市交通运输局` alone on its
 * line, the footer's next field (`版权所有:…`, `技术支持:…`, `承办:…`, an ICP record) on the line under
 * it or over it. The host names the department whose site carries the page: its publisher. Near-misses
 * keep what the parser read before: `主办:` alone with no footer field beside it (an event's organiser),
 * a field beside it that is a sentence. Every text here is written for the test.
 */

const PAGE =
  "您当前的位置: 首页>政务公开>政府信息公开目录 > 统计数据\n\n10月全市农村公路建设进展顺利\n\n    截至2022年10月,全市农村公路建设项目累计完成投资56.2亿元,占年度计划的91%。\n\n";

const read = (foot: string) => parsedView(`${PAGE}${foot}`, ["publisher"]);

describe("a footer's host alone on its line, the footer's next field beside it", () => {
  test.each([
    {
      what: "版权所有 under it, an ICP record further down",
      foot: "主办:某市交通运输局\n\n版权所有:某市交通运输局\n\nICP备案: 某ICP备2021000000号-1\n\n返回顶部",
      expected: { publisher: "某市交通运输局" },
    },
    {
      what: "技术支持 under it",
      foot: "主办:某县农业农村局\n\n技术支持:某某网络科技有限公司\n\n返回顶部",
      expected: { publisher: "某县农业农村局" },
    },
    {
      what: "版权所有 over it",
      foot: "版权所有:某区统计局\n主办:某区统计局\n\n返回顶部",
      expected: { publisher: "某区统计局" },
    },
    {
      what: "承办 under it, full-width colon",
      foot: "主办：某市生态环境局\n承办：某市生态环境信息中心\n返回顶部",
      expected: { publisher: "某市生态环境局" },
    },
  ])("$what", ({ foot, expected }) => {
    expect(read(foot)).toEqual(expected);
  });
});

describe("near-misses: no footer's host", () => {
  test.each([
    {
      what: "主办 alone, no field beside it",
      foot: "主办:某市交通运输局\n\n返回顶部",
    },
    {
      what: "主办 over a sentence that names a field",
      foot: "主办:某市交通运输局\n技术支持由各区县交通运输部门提供，活动持续一周。",
    },
  ])("$what", ({ foot }) => {
    expect(read(foot)).toEqual({ publisher: undefined });
  });
});
