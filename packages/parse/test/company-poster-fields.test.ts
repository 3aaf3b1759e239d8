import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A company's site that reposts a report names itself as the page's poster on the metadata line
 * (`发布时间:2013年08月07日 发布人:某某集团 阅读数:298 次`): a company (`…集团`, `…公司`) under
 * `发布人`, `发布者` or `作者` is the publisher, as an office there is. A person, or the publishing
 * system's account, is none. Written for the rule (held-out-32's 专利 item on a company's news page
 * in traditional characters, `發布人:精英集團`); the cases are invented.
 */

const publisherOf = (field: string) =>
  parseBulletinText(
    `上半年全国专利数据出炉\n发布时间:2013年08月07日   ${field}   阅读数:298 次\n近日，上半年全国专利数据出炉，共受理发明专利申请25.6万件。`,
  ).bulletin.publication.publisher?.name;

describe("a company as the page's poster", () => {
  test.each([
    ["发布人:某某集团", "某某集团"],
    ["發布人:某某集團", "某某集團"],
    ["发布人：某某科技有限公司", "某某科技有限公司"],
    ["发布者:某某控股集团", "某某控股集团"],
    ["作者:某某信息技术股份有限公司", "某某信息技术股份有限公司"],
    ["发布人:某市统计局", "某市统计局"],
  ])("`%s` names %s", (field, publisher) => {
    expect(publisherOf(field)).toBe(publisher);
  });

  test.each([["发布人:王飞"], ["发布人:admin"], ["发布人:集团"], ["作者:本网"]])(
    "`%s` names none",
    (field) => {
      expect(publisherOf(field)).toBeUndefined();
    },
  );
});
