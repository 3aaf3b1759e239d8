import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's trail from the site's name (no 首页) through its columns to the article, its last step the
 * article's own title (`某某范文网 > 工作总结 > 年度工作总结 > 县水利局…工作计划`), perhaps over that title
 * printed again: the trail is the page's, its last step the title. A trail from a first step that
 * names no site is read only over its title printed again. Near-misses: a last step that is a
 * sentence, a comparison (`收入 > 支出`: no column between). Every text here is written for the test.
 */

const TITLE = "县水利局2021年工作总结和2022年工作计划";
const BODY =
  "2021年,县水利局在县委、县政府的领导下,全年完成水利投资3.2亿元,同比增长12%。\n\n一、2021年工作总结\n\n全年新建堤防18公里,除险加固水库6座。";
const view = (text: string) => parsedView(text, ["title", "text"]);

describe("a site's trail that ends with the headline", () => {
  test.each([
    [`某某范文网 > 工作总结 > 年度工作总结 > ${TITLE}`],
    [`范文大全网 > 总结报告 > ${TITLE}`],
    [`某某文库 » 工作总结 » 年度工作总结 » ${TITLE}`],
  ])("`%s`, over the text", (trail) => {
    const got = view(`${trail}\n\n${BODY}`);
    expect(got.title).toBe(TITLE);
    expect(got.text).not.toContain("工作总结 >");
  });

  test.each([
    [`某某范文网 > 工作总结 > 年度工作总结 > ${TITLE}`],
    [`总结频道 > 年度工作总结 > ${TITLE}`],
  ])("`%s`, over the headline printed again", (trail) => {
    expect(view(`${trail}\n\n${TITLE}\n\n${BODY}`).title).toBe(TITLE);
  });

  test("near-miss: a trail from no site's name, over another line, is left as it is", () => {
    expect(view(`总结频道 > 年度工作总结 > ${TITLE}\n\n${BODY}`).title).not.toBe(TITLE);
  });

  test("near-miss: a comparison over the text is not cut", () => {
    expect(view(`收入增速 > 支出增速\n\n${BODY}`).title).toBe("收入增速 > 支出增速");
  });
});
