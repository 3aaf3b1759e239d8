import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A people's organisation named by its federation (`某市妇联`, `某县残联`, `某市僑聯`, `某区工商联`), as the
 * 群团 offices' own pages print it in an author field or over the day they signed: a body's name like
 * `…局` or `…委员会`, so it names the publisher where those shapes read one. Near-misses: other words
 * ending in 联 (`互联`, `关联`), which name no body. Written for the shape (formerly held-out-192's city
 * women's federation page, its author field `作者: 某妇联`); the texts are invented.
 */

describe("a people's organisation named by its federation", () => {
  test.each([
    [
      "某县开展“两癌”免费筛查\n发布日期: 2022-09-30    作者: 某某市妇联   访问次数:\n截至9月底，全市共筛查1326人，完成率100%。",
      "某某市妇联",
    ],
    [
      "歸僑僑眷服務情況\n發布日期：2023-05-06 作者：某某市僑聯\n今年以來，全市共接待歸僑僑眷來訪1200人次。",
      "某某市僑聯",
    ],
    [
      "某县残疾人就业情况通报\n各乡镇：\n现将上半年全县残疾人就业情况通报如下。\n全县新增残疾人就业312人，同比增长12.5%。\n某某县残联\n2021年7月5日\n附件：就业情况统计表",
      "某某县残联",
    ],
    [
      "某市文艺创作情况\n发布日期：2021-03-02 作者：某某市文联\n去年全市共创作文艺作品1200件，同比增长15%。",
      "某某市文联",
    ],
  ])("mastheadFacts: the publisher of `%s`", (text, name) => {
    expect(mastheadFacts(text).publisher).toBe(name);
  });

  test.each([
    "某市数据共享情况\n全市政务数据实现互联\n2021年7月5日\n附件：共享情况统计表",
    "某市数据共享情况\n发布日期: 2022-09-30    作者: 数据关联   访问次数:\n截至9月底，全市共享数据1326万条，完成率100%。",
  ])("mastheadFacts: `%s` names no publisher (counter-case)", (text) => {
    expect(mastheadFacts(text).publisher).toBeUndefined();
  });
});
