import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A cover notice that hands its documents down (`现予以下发`, `现下发给你们`) rather than 印发: its
 * addressees, `《…总结》和《…要点》已经…会议通过,现予以下发,请贯彻执行。`, the office and the date, then the
 * documents. The notice's date is the issue's. Every text here is written for the test (session 34's
 * s34b, from a moved held-out set's city health commission's notice).
 */

const notice = (sentence: string) =>
  [
    "某市卫生计生委关于印发2018年某市卫生计生工作总结和2019年工作要点的通知",
    "各区、县(市)卫生计生局、各直属单位:",
    sentence,
    "某市卫生计生委",
    "2019年2月18日",
    "2018年某市卫生计生工作总结",
    "2018年全市卫生计生工作有序推进,全市共有医疗卫生机构1230个,床位8650张。",
  ].join("\n");

describe("a cover notice that hands its documents down", () => {
  test.each([
    {
      what: "two documents, 现予以下发",
      sentence:
        "《2018年某市卫生计生工作总结》和《2019年某市卫生计生工作要点》已经委主任办公会议通过,现予以下发,请贯彻执行。",
    },
    {
      what: "one document, 现下发给你们",
      sentence: "现将《2018年某市卫生计生工作总结》下发给你们,请认真贯彻执行。",
    },
  ])("$what", ({ sentence }) => {
    expect(parsedView(notice(sentence), ["publisher", "publishedOn"])).toEqual({
      publisher: "某市卫生计生委",
      publishedOn: "2019-02-18",
    });
  });
});

describe("near-misses: a sentence that hands nothing down", () => {
  test.each([
    {
      what: "a document named, no verb of issuing",
      sentence: "《2018年某市卫生计生工作总结》已经委主任办公会议通过,请贯彻执行。",
    },
  ])("$what", ({ sentence }) => {
    expect(parsedView(notice(sentence), ["publishedOn"]).publishedOn).toBeUndefined();
  });
});
