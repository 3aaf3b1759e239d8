import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bulletin's name that opens with the year its issues are counted in and closes with the issue's
 * number (`2022年度某市政务服务简报第7期`, `2023年某县12345热线周报第15期`): the year is the issue's, as
 * in `2022年第7期`. Near-misses keep what the parser read before: a year inside the name (`某市2022年
 * 简报第7期` is read as before), a name with no number, a number whose own year is printed
 * (`2021年度某市简报2022年第3期`: the number's year). A masthead's name so opened (`2020年度某区…简报` /
 * `第12期`) counts its issue in that year too. Every text here is written for the test.
 */

const BODY =
  "\n\n发布日期:2022-05-04 01:02:43\n\n4月，全市政务服务中心共受理事项12345件，办结率99.8%。";

const MASTHEAD_BODY = "\n\n一、总体情况\n7月，全区河湖巡查1234次，整改问题56个。";

const read = (head: string, body = BODY) => {
  const { bulletin: b } = parseBulletinText(`${head}${body}`);
  return { number: b.issue.number, year: b.issue.year };
};

describe("a year opening a bulletin's name, its number closing it", () => {
  test.each([
    {
      what: "年度 after the year",
      head: "2022年度某市政务服务简报第7期",
      expected: { number: 7, year: 2022 },
    },
    {
      what: "年 alone, digits in the name",
      head: "2023年某县12345热线周报第15期",
      expected: { number: 15, year: 2023 },
    },
    {
      what: "a site's greeting over it",
      head: "欢迎访问某市政务服务网\n\n2021年度某市12345在线平台简报第3期",
      expected: { number: 3, year: 2021 },
    },
  ])("$what", ({ head, expected }) => {
    expect(read(head)).toEqual(expected);
  });
});

describe("a masthead's name opening with a year", () => {
  test.each([
    {
      what: "the name and number over the issuer's date line",
      head: "2020年度某区河长制工作简报第12期\n某区河长制办公室          2020年8月6日",
      expected: { number: 12, year: 2020 },
    },
    {
      what: "the number on the line under the name",
      head: "2020年某区河长制工作简报\n第12期\n某区河长制办公室          2020年8月6日",
      expected: { number: 12, year: 2020 },
    },
  ])("$what", ({ head, expected }) => {
    expect(read(head, MASTHEAD_BODY)).toEqual(expected);
  });
});

describe("near-misses", () => {
  test.each([
    {
      what: "no number",
      head: "2022年度某市政务服务工作简报",
      expected: { number: undefined, year: undefined },
    },
    {
      what: "the number's own year",
      head: "2021年度某市政务服务简报2022年第3期",
      expected: { number: 3, year: 2022 },
    },
  ])("$what", ({ head, expected }) => {
    expect(read(head)).toEqual(expected);
  });
});
