import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Units the figure reader lacked: pieces or sets of a museum's collection (`件/套`, one unit, no
 * 件 counted per 套), livestock heads in a copy that converted 头 and left 只 (`頭只`), people counted
 * by mouths (`口人`, read as 人), a survey's questions (`题`) and yen (`日元`). Each near-miss keeps its
 * words as text: `人工湖` after a count of wells, `题目`, a date before `元旦`. Every text is written for
 * the test (session 29's s29d, from held-out-106 … -113's museum, livestock, poverty, survey and
 * forestry pages).
 */

describe("units read", () => {
  test.each([
    ["全省博物馆藏品数量1236万件/套。", ["全省博物馆藏品数量=12360000件/套"]],
    ["館藏文物數量為85.6萬件/套。", ["館藏文物數量=856000件/套"]],
    ["全盟牲畜存栏總數達到3.52億頭只。", ["全盟牲畜存栏總數=352000000头只"]],
    ["该村共有312户1208口人，其中脱贫户45户。", ["该村=312户", "该村=1208人", "脱贫户=45户"]],
    ["问卷共设置18题，其中选择题12题。", ["问卷共设置=18题", "选择题=12题"]],
    ["项目总投资2500万日元。", ["项目总投资=25000000日元"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // (6口 stays text inside its clause, as before; no 6人 is read from 口人.)
    ["新打机井6口人工湖2处。", ["新打机井6口人工湖=2处"]],
    ["考试涉及3题目类型。", []],
    ["1月1日元旦假期全市平稳。", []],
    ["正月15日元宵节活动。", []],
  ])("a near-miss keeps its words: %s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

/**
 * Rooms or suites (`间套`, as rental checks count them) and dan (`担`, the weight tobacco is bought in;
 * `擔` in a converted copy). A word that opens with 担 (`担任`, `担保`, `担当`) keeps it as text.
 * (Session 29's s29d, from held-out-60 … -105's night-check and town review pages.)
 */
describe("rooms or suites, dan", () => {
  test.each([
    ["共排查出租屋12栋305间套。", ["排查出租屋=12栋", "排查出租屋=305间套"]],
    ["全年收购烤烟5120担。", ["全年收购烤烟=5120担"]],
    ["全年收購烤煙2300擔。", ["全年收購烤煙=2300担"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["由3担任组长的小组已成立。"], ["为12担保企业提供服务。"]])(
    "a word that opens with 担 stays text: %s",
    (body) => {
      expect(figures(body)).toEqual([]);
    },
  );
});
