import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied news report whose lede opens by crediting its source (`据某县政府办消息 今年以来，…`,
 * `据某某网报道，…`), the headline over it stating a rate (`某县农村危改开工率达102%`): the lede
 * is a news report's, as a `本报讯（…）` one is, so the line over it is the headline though it holds
 * a figure; the credited name is the publisher where it is an outlet's (`据某某网报道`), not where
 * it is an office's news (`据某县政府办消息`). A line over a lede that credits no one
 * (`据统计，…`, `据报道，…`) stays text. Every text here is written for the test.
 */

const LEDE =
  "今年以来，某县把农村危房改造工作作为改善民生的一项重大任务来抓，精心部署，认真组织实施，开工率达102%。";
const REST = "某县危房改造任务为43801户，已动工21410户，动工率达102%。";
const read = (first: string, lede: string) => {
  const { publication } = parseBulletinText(`${first}\n${lede}\n${REST}`).bulletin;
  return { title: publication.title, publisher: publication.publisher?.name };
};

describe("a headline over a lede that credits its source", () => {
  test.each([
    // (`据某局消息`: an office's news is a source the first sentence names, no publisher: the corpus
    // README's reading of `据X消息`, session 46.)
    ["某县农村危改开工率达102%", `据某县政府办消息 ${LEDE}`, undefined],
    ["某县农村危改开工率达102%", `据某县政府办消息，${LEDE}`, undefined],
    ["某县农村危改开工率达102%", `据某州政府网报道，${LEDE}`, "某州政府网"],
    ["某縣農村危改開工率達102%", `據某縣政府辦消息 ${LEDE}`, undefined],
    ["某县危房改造开工率超过九成", `据某县住建局消息 ${LEDE}`, undefined],
  ])("parseBulletinText: `%s` over `%s` is the title", (first, lede, publisher) => {
    expect(read(first, lede)).toEqual({ title: first, publisher });
  });

  test.each([
    ["a lede that credits no one", "某县农村危改开工率达102%", `据统计，${LEDE}`],
    ["a lede that names no source", "某县农村危改开工率达102%", `据报道，${LEDE}`],
    [
      "a clause closed by a comma",
      "今年以来某县农村危改开工率达102%，",
      `据某县政府办消息 ${LEDE}`,
    ],
    [
      "a lede under forty characters",
      "某县农村危改开工率达102%",
      "据某县政府办消息 开工率达102%。",
    ],
  ])("parseBulletinText: %s leaves the line over it no title", (_, first, lede) => {
    expect(read(first, lede).title).toBeUndefined();
  });
});
