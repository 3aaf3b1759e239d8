import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/** A site's banner on the protocol it serves (`网站支持IPV6`) over a text: dropped, no title (issue 14). */

const BODY = "据统计，1-7月，全市共发生各类生产安全事故187起，同比下降21.1%。";

describe("a site's IPv6 banner", () => {
  test.each(["网站支持IPV6", "本站已支持IPv6访问", "支持IPv6", "本网站支持 ipv6"])(
    "%s is dropped as web furniture",
    (banner) => {
      const r = parseBulletinText(`${banner}\n${BODY}`);
      expect(r.bulletin.publication.title).toBeUndefined();
      expect(r.warnings.some((w) => w.code === "web-line-dropped")).toBe(true);
    },
  );

  test.each(["全市IPv6网络改造情况", "IPv6规模部署工作简报"])(
    "a title that names IPv6 stays the title (%s)",
    (title) => {
      expect(parseBulletinText(`${title}\n${BODY}`).bulletin.publication.title).toBe(title);
    },
  );
});
