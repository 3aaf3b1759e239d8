import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A 落款 whose issuer's name is broken over two lines (`某县新型冠状病毒肺炎` / `疫情防控工作领导小组办公室` /
 * `2022年4月11日`, as a notice centres a long name): the two lines are one name, the issuer. A line over
 * the issuer that is a sentence's end, or that names a body of its own, is not part of it. Every
 * text here is written for the test.
 */

const read = (text: string) => parsedView(text, ["publisher", "publishedOn"]);

const BODY =
  "通告\n2022年4月10日0—24时,某县无新增确诊病例,新增无症状感染者19例。\n全县上下齐心协力共抗疫情。";

describe("an issuer's name broken over two lines of the 落款", () => {
  test.each([
    {
      what: "a headquarters' office, the date under it",
      sign: "某县新型冠状病毒肺炎\n疫情防控工作领导小组办公室\n2022年4月11日",
      expected: {
        publisher: "某县新型冠状病毒肺炎疫情防控工作领导小组办公室",
        publishedOn: "2022-04-11",
      },
    },
    {
      what: "in traditional characters",
      sign: "某縣新型冠狀病毒肺炎\n疫情防控工作領導小組辦公室\n2022年4月11日",
      expected: {
        publisher: "某縣新型冠狀病毒肺炎疫情防控工作領導小組辦公室",
        publishedOn: "2022-04-11",
      },
    },
    {
      what: "a committee's office",
      sign: "某市推进长江经济带发展\n领导小组办公室\n2021年6月3日",
      expected: { publisher: "某市推进长江经济带发展领导小组办公室", publishedOn: "2021-06-03" },
    },
  ])("$what is one issuer", ({ sign, expected }) => {
    expect(read(`${BODY}\n${sign}`)).toEqual(expected);
  });

  test.each([
    {
      what: "a body of its own over the issuer (two signers)",
      sign: "某县卫生健康局\n某县疾病预防控制中心\n2022年4月11日",
      publisher: "某县疾病预防控制中心",
    },
    {
      what: "the last paragraph's end over the issuer",
      sign: "请广大群众积极配合\n某县疫情防控工作领导小组办公室\n2022年4月11日",
      publisher: "某县疫情防控工作领导小组办公室",
    },
  ])("$what is not joined to it", ({ sign, publisher }) => {
    expect(read(`${BODY}\n${sign}`).publisher).toBe(publisher);
  });
});
