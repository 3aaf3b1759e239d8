import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A content system's metadata line whose counter lost its colon when the page's script wrote the count
 * (`作者：某某 文章来源：新华网 点击数1393 更新时间：2010/3/14 20:26:04`, `来源：某某日报 浏览次数 56`,
 * `來源：某某網 閱讀量2034`): the count is the page's, not part of the source's name. A source whose
 * own name holds a figure (`某某12345热线`) keeps it. Written for the shape (formerly held-out-185's
 * school site's copy of a news agency's report); the texts are invented.
 */

const BODY =
  "\n某某社某地3月14日电 今年3月上旬某省水资源呈现三少特征，全省大型水库蓄水比去年同期减少5亿立方米。";

describe("a counter without its colon after the page's source", () => {
  test.each([
    ["作者:王某 文章来源:新华网 点击数1393 更新时间:2010/3/14 20:26:04 文章录入:admin", "新华网"],
    ["文章来源：某某日报 浏览次数 56 更新时间：2012-05-02 10:11:12", "某某日报"],
    ["作者：佚名 來源：某某網 閱讀量2034 更新時間：2009-7-1 8:05:00", "某某網"],
    ["来源：某市统计局 点击 88次 发布时间：2016-02-01", "某市统计局"],
  ])("mastheadFacts: `%s`", (meta, publisher) => {
    expect(mastheadFacts(`某省大型水库蓄水同比减少5亿立方米\n${meta}${BODY}`).publisher).toBe(
      publisher,
    );
  });

  test("mastheadFacts: a source whose name holds a figure keeps it (counter-case)", () => {
    expect(
      mastheadFacts(
        `某省大型水库蓄水同比减少5亿立方米\n来源：某市12345热线 发布时间：2016-02-01${BODY}`,
      ).publisher,
    ).toBe("某市12345热线");
  });
});
