import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A count right before a bracket that lists what it counts (`某县7个〔甲桥(挂包领导:某某)、乙桥…〕。`),
 * the bracket closing its clause, is the count of the members named: reported, though a place's name
 * stands before it. Near-misses stay as they were: a bracketed note after a count (`（次）`,
 * `（含在建3个）`), a list inside a phrase (`来自…〔…〕的乡镇`), a bracket with no `、` after its first
 * words. Every line is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、督办问题\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("a count and the bracket listing its members", () => {
  test.each([
    ["甲县7个〔北门桥(挂包领导:张某)、南门桥(挂包领导:李某)、东溪电站(挂包领导:王某)〕。", ["7个"]],
    ["乙县12个（上村、中村、下村等），", ["12个"]],
    ["丙区8处【老街口、新桥头、河滨路】；", ["8处"]],
    ["丁镇9个〔甲渠、乙渠、丙渠〕", ["9个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("brackets that list no members of the count (near-misses)", () => {
  test.each([
    ["共有企业来自11个〔甲县、乙县〕的乡镇", []],
    ["甲县7个〔均已整改到位〕。", []],
    ["甲县7个〔其中北门桥2个〕。", []],
    ["其中甲县7个〔北门桥、南门桥〕的问题整改滞后。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
