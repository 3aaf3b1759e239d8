import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's metadata line whose source is followed by the site's editor under the informal label many
 * content sites print (`来源:某某网 小编:王某 发布时间:…`, `來源：某某縣環保局 小編：李某`): the editor is
 * no part of the source's name, which names the publisher. Near-miss: `小编` in running text
 * (`小编了解到，…`) leaves the source alone. Written for the shape (formerly held-out-192's copy of a
 * youth news site's report); the texts are invented.
 */

const BODY = "\n一季度全县空气优良天数83天，同比增加10天。";

describe("a site editor's informal label after the page's source", () => {
  test.each([
    ["来源:某某青年网 小编:王某 发布时间:2013年01月25日", "某某青年网"],
    ["来源：某某日报  小编：李某某  发布时间：2019-03-01 10:20", "某某日报"],
    ["發布時間：2019-03-01 來源：某某縣環保局 小編：李某", "某某縣環保局"],
  ])("mastheadFacts: `%s`", (meta, publisher) => {
    expect(mastheadFacts(`某县空气质量持续改善\n${meta}${BODY}`).publisher).toBe(publisher);
  });

  test("mastheadFacts: 小编 in running text leaves the source alone (counter-case)", () => {
    expect(
      mastheadFacts(
        "某县空气质量持续改善\n来源：某某县生态环境局 发布时间：2019-03-01\n小编了解到，一季度全县空气优良天数83天，同比增加10天。",
      ).publisher,
    ).toBe("某某县生态环境局");
  });
});
