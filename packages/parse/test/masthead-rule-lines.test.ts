import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A 简报's head printed with rule lines (`━`) round its issue line, the issuer and the date on one line
 * with the spaces between them lost to question marks (a copy whose encoding failed:
 * `某县政府信息中心??????2020年4月8日`): a line of rule characters names no issuer, and the question
 * marks are no part of the issuer's name. Written for the shape (formerly held-out-130's 简报); the
 * texts are invented.
 */

const BODY =
  "\n2021年第一季度某县网上问政办理情况通报\n根据2021年1至3月份网上问政办理情况，现通报如下。\n一、办理情况\n一季度共收到网民留言326条，已办结318条，办结率97.5%。";

describe("a 简报's head with rule lines", () => {
  test.each([
    [
      "网上问政工作简报\n━第3期\n某县政府网络信息中心??????????????2021年4月8日\n━",
      "某县政府网络信息中心",
    ],
    [
      "网上问政工作简报\n━第3期\n某县政府网络信息中心？？？？？？2021年4月8日\n━",
      "某县政府网络信息中心",
    ],
    ["网上问政工作简报\n━第3期\n某县政府网络信息中心 2021年4月8日\n━", "某县政府网络信息中心"],
  ])("mastheadFacts: `%s`", (head, name) => {
    expect(mastheadFacts(`${head}${BODY}`).publisher).toBe(name);
  });

  test("mastheadFacts: a rule line names no issuer (counter-case)", () => {
    expect(mastheadFacts(`网上问政工作简报\n━第3期\n━${BODY}`).publisher).toBeUndefined();
  });
});
