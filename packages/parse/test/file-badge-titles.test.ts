import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A document-sharing site's headline: the shared file's name, its kind and the site's badge for a
 * paid file run on after it (`2025年某县图书馆工作总结.docxVIP`, `….pdfVIP`): the title is the name
 * without the kind and the badge. Near-misses: `VIP` in the name itself (`某市VIP客户服务情况`), a
 * badge with no file kind before it. Every text here is written for the test.
 */

const BODY =
  "2025年，某县图书馆深入推进全民阅读，全年接待读者12.6万人次，同比增长8.3%。\n\n一、主要工作\n\n全年举办阅读推广活动126场。";
const title = (head: string) => parsedView(`${head}\n\n${BODY}`, ["title"]).title;

describe("a shared file's name with its kind and a paid badge", () => {
  test.each([
    ["2025年某县图书馆工作总结.docxVIP", "2025年某县图书馆工作总结"],
    ["某县2024年图书馆年报.pdfVIP", "某县2024年图书馆年报"],
    ["某县图书馆2025年工作总结.doc VIP", "某县图书馆2025年工作总结"],
  ])("`%s`", (head, want) => {
    expect(title(head)).toBe(want);
  });

  test.each([["某市VIP客户服务情况通报"], ["某县图书馆2025年工作总结VIP"]])(
    "near-miss: `%s` stays whole",
    (head) => {
      expect(title(head)).toBe(head);
    },
  );
});
