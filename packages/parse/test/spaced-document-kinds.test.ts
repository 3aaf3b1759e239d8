import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A notice's title printed as its kind alone, letter-spaced (`通 告`, `公  告`, `通 知`), on the first
 * line or under the issuer's line over the text: the title (its spaces dropped, as the repair drops
 * spaces between Han characters). The line over it names the publisher when it opens with its
 * place; a name cut short (`領導小組辦公室`) is left to the 落款. A kind without spaces under an issuer
 * is still read as before (`某县人民政府` / `公告`: one title), and two spaced characters that name no
 * document's kind are no title. Every text here is written for the test.
 */

const read = (text: string) => parsedView(text, ["title", "publisher"]);

const BODY =
  "\n2022年4月10日0—24时,某县无新增确诊病例,新增无症状感染者19例。\n全县上下齐心协力共抗疫情。\n某县疫情防控工作领导小组办公室\n2022年4月11日";
const SIGNER = "某县疫情防控工作领导小组办公室";

describe("a document's kind alone, letter-spaced", () => {
  test.each([
    ["under a cut issuer's line", "領導小組辦公室\n通 告", "通告"],
    ["under the issuer's line, two spaces", "某县疫情防控工作领导小组办公室\n公  告", "公告"],
    ["on the first line", "通 知", "通知"],
  ])("%s is the title", (_, head, title) => {
    expect(read(`${head}${BODY}`)).toEqual({ title, publisher: SIGNER });
  });

  test.each([
    ["a kind without spaces under the issuer", "某县人民政府\n公告", "某县人民政府公告"],
    ["two spaced characters that name no kind", "某县人民政府\n战 疫", "某县人民政府"],
  ])("%s: as before", (_, head, title) => {
    expect(read(`${head}${BODY}`).title).toBe(title);
  });
});
