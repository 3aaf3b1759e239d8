import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news copy's credit printed between its headline and the page's date: a reporter's byline that
 * says where the report was filed (`某某新聞網記者王小明/某地報導`, `记者王小明／某地报道`, Taiwan's and
 * others' form), the writer's name and the outlet (`王小明/某某新聞`) or the page's author field (`作者：某某网`, `作者:某某news官网`). It is no second line of the
 * title: the headline alone is the title. Near-misses keep their reading: a name split over lines
 * over the issue's number is still one title, and a second line that only mentions reporters
 * (`记者节座谈会召开`) still joins. Every text here is written for the test.
 */

const BODY =
  "某縣民當家熱線1999啟用半年來，累計話務量達6萬多通，話務員親切的態度與服務效率也贏得縣民讚賞。\n縣府計畫處長表示，設於縣府中庭的1999話務中心，共有8名話務員，服務時間為每天7時30分至21時。";
const BODY_SC =
  "某省自然资源厅近日为某煤矿项目颁发了采矿许可证，这是该省近五年来首例采矿权新立煤矿项目。\n该省近年来严格煤炭资源配置管理，5年累计注销煤矿采矿证56个，退出煤炭产能1.2亿吨。";
const title = (text: string) => parsedView(text, ["title"]).title;

describe("a credit line between the headline and the page's date", () => {
  test.each([
    [
      "某縣熱線1999縣長慰勞話務員\n某某新聞網記者王小明/某地報導\n2009.11.06",
      "某縣熱線1999縣長慰勞話務員",
      BODY,
    ],
    [
      "某縣熱線1999縣長慰勞話務員\n記者王小明／高雄報導\n2009.11.06",
      "某縣熱線1999縣長慰勞話務員",
      BODY,
    ],
    [
      "+1\n某省林業局：2019年全省完成造林106萬畝\n王小明/某某新聞\n2019-12-31 12:30",
      "某省林業局：2019年全省完成造林106萬畝",
      BODY,
    ],
    [
      "某县热线1999县长慰劳话务员\n记者王小明／某地报道\n2009-11-06",
      "某县热线1999县长慰劳话务员",
      BODY_SC,
    ],
    [
      "某省首个新立煤矿采矿许可证问世\n作者:某某网\n2018-03-05 13:37",
      "某省首个新立煤矿采矿许可证问世",
      BODY_SC,
    ],
    [
      "近五年来,某省首个新立煤矿采矿许可证问世!\n作者:某某news官网\n2018-03-05 13:37\n来源:某某news官网",
      "近五年来，某省首个新立煤矿采矿许可证问世！",
      BODY_SC,
    ],
    [
      "某省首个新立煤矿采矿许可证问世\n作者：王某某\n2018-03-05 13:37",
      "某省首个新立煤矿采矿许可证问世",
      BODY_SC,
    ],
  ])("`%s`: the headline alone is the title", (head, expected, body) => {
    expect(title(`${head}\n${body}`)).toBe(expected);
  });

  test("near-miss: a second line that only mentions reporters still joins the title", () => {
    expect(title(`某市庆祝第25个\n记者节座谈会召开\n2024-11-08\n${BODY_SC}`)).toBe(
      "某市庆祝第25个记者节座谈会召开",
    );
  });
});
