import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A document-sharing site's copy flattened onto one line that opens with the page counter of its
 * first page (`第1页共5页`, `第1页 共12页`) run straight into the document's title: the counter is the
 * site's, and the title is read as it would be without it. Near-misses: a counter of a later page
 * (`第2页共5页…`, no opening of the document), a title that names a page (`第1页…` with no count).
 * Every text here is written for the test.
 */

const TITLE = "县人民政府外事办公室工作总结报告";
const BODY =
  "一、2023年工作总结2023年一年来,在县委、县政府的领导下,县外办紧紧围绕中心工作,共接待外宾12批次。二、2024年工作计划2024年,县外办将继续做好各项工作,力争接待外宾15批次。";
const title = (text: string) => parsedView(text, ["title"]).title;

describe("a first page's counter opening a flattened document", () => {
  test.each([["第1页共5页"], ["第1页 共12页"], ["第1页/共3页"]])("`%s`", (counter) => {
    expect(title(`${counter}${TITLE}${BODY}`)).toBe(TITLE);
  });

  test("a summary's title run into its first sentence", () => {
    const summary = "某镇妇联年度政务工作总结";
    expect(
      title(
        `第1页共9页${summary}2023年,我会严格贯彻落实政府信息公开条例,全年主动公开信息86条。全年未收到依申请公开,未收取任何费用。`,
      ),
    ).toBe(summary);
  });

  test("near-miss: a later page's counter is left as it is", () => {
    expect(title(`第2页共5页${TITLE}${BODY}`)).not.toBe(TITLE);
  });
});
