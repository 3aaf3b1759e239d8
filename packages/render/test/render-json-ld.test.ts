import { RenderError, renderHtml, renderJsonLd } from "@bulletin/render";
import { describe, expect, test } from "vitest";
import { issue9, tiny } from "./fixtures";

describe("renderJsonLd", () => {
  test("renderJsonLd: describes the reference issue as a schema.org PublicationIssue", () => {
    expect(JSON.parse(renderJsonLd(issue9()))).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "PublicationIssue",
        "datePublished": "2025-11-10",
        "inLanguage": "zh-CN",
        "isPartOf": {
          "@type": "Periodical",
          "name": "政务窗口月报",
          "publisher": {
            "@type": "GovernmentOrganization",
            "alternateName": "省中心",
            "name": "四川省政府政务服务和公共资源交易服务中心",
          },
        },
        "issueNumber": "9",
        "name": "政务窗口月报 第9期",
        "publisher": {
          "@type": "GovernmentOrganization",
          "alternateName": "省中心",
          "name": "四川省政府政务服务和公共资源交易服务中心",
        },
        "temporalCoverage": "2025-09",
      }
    `);
  });

  test("renderJsonLd: writes a 旬 period as an ISO interval", () => {
    const b = tiny();
    b.issue.period = { kind: "xun", month: "2024-02", part: "late" };
    expect(JSON.parse(renderJsonLd(b)).temporalCoverage).toBe("2024-02-21/2024-02-29");
  });

  test("renderJsonLd: is safe inside a script element: no < > & or U+2028 in the JSON text", () => {
    const b = tiny();
    b.publication.title = "</script><!-- & \u2028";
    const json = renderJsonLd(b);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json).isPartOf.name).toBe("</script><!-- & \u2028");
  });
});

describe("renderJsonLd: the issue's name", () => {
  test("renderJsonLd: names the issue as the masthead does, with its year when it has one", () => {
    const b = tiny();
    b.issue.year = 2026;
    b.issue.totalNumber = 41;
    expect(JSON.parse(renderJsonLd(b)).name).toBe(`${b.publication.title} 2026年第3期（总第41期）`);
    expect(renderHtml(b, { document: true })).toContain(
      `<title>${b.publication.title} 2026年第3期（总第41期）</title>`,
    );
  });

  test("renderJsonLd: an issue number it cannot write is a RenderError that names the field", () => {
    const b = tiny();
    b.issue.number = 0;
    expect(() => renderJsonLd(b)).toThrow(RenderError);
    expect(() => renderJsonLd(b)).toThrow(/issue\.number/);
  });
});
