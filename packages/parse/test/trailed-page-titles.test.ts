import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's head holding its trail of links (`今日某县>新闻>标题`, `同城头条 > 本地头条 > 标题`) over
 * the headline the trail ends with, then the page's metadata line (`发布时间：… 来源：…`; the misses of
 * `held-out-67` … `held-out-78` read as a family): the headline is the title, not the trail (the
 * longer line). A trail whose last step is no line of the head, and a headline with no trail mark,
 * keep their reading. Every example is written for the rule.
 */

const meta = "发布时间：2021-09-24 15:37 来源：某某同城网";
const body =
  "近日，某省体育局公布全民健身先进单位名单，某县文体和旅游局榜上有名。全年举办赛事23场，参与群众2万人次。";

describe("a trail of links in a page's head over the headline", () => {
  test.each([
    { crumb: "本地头条  >  某县易地搬迁累计入住18万人", title: "某县易地搬迁累计入住18万人" },
    {
      crumb: "同城头条  >  本地头条  >  某县文体局荣获“全国群众体育先进单位”称号!",
      title: "某县文体局荣获“全国群众体育先进单位”称号！",
    },
    {
      crumb: "新闻 ＞ 本地 ＞ 某县文体局荣获全国群众体育先进单位称号!",
      title: "某县文体局荣获全国群众体育先进单位称号！",
    },
    {
      crumb: "同城头条 » 本地 » 某县文体局荣获全国群众体育先进单位称号",
      title: "某县文体局荣获全国群众体育先进单位称号",
    },
    // (A trail with no space, `今日某县>新闻>…`, is read so already.)
    { crumb: "今日某县>新闻>某县易地搬迁累计入住18万人", title: "某县易地搬迁累计入住18万人" },
  ])("parseBulletinText: `$title` is the title", ({ crumb, title }) => {
    const { bulletin } = parseBulletinText(`${crumb}\n\n${title}\n\n${meta}\n${body}\n`);
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(title.replace(/\s/g, ""));
  });

  test.each([
    // The trail ends with another headline: no line of the head it ends with.
    "今日某县>新闻>某县召开体育工作会议",
    // A headline with no trail's mark.
    "某县召开全民健身工作推进会议暨全民健身先进表彰大会",
  ])("parseBulletinText: `%s` keeps its reading", (first) => {
    const title = "某县文体局荣获全国群众体育先进单位称号";
    const text = `${first}\n\n${title}\n\n${meta}\n${body}\n`;
    const before = parseBulletinText(text).bulletin.publication.title;
    expect(before).not.toBe(undefined);
    expect(before).toBe(first.length > title.length ? first : title);
  });
});
