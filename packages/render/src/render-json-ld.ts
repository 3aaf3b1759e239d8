import type { Bulletin, DateSpan, Organization } from "@bulletin/schema";
import { issueNumberOf } from "./internal/resolve";

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/** The ISO 8601 form of a period for `temporalCoverage`: a date, an interval, a month or a year. */
function coverage(span: DateSpan): string {
  switch (span.kind) {
    case "day":
      return span.date;
    case "range":
      return `${span.start}/${span.end}`;
    case "month":
      return span.month;
    case "year":
      return String(span.year);
    case "xun": {
      const [y, m] = span.month.split("-").map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const [from, to] =
        span.part === "early" ? [1, 10] : span.part === "mid" ? [11, 20] : [21, last];
      const day = (d: number): string => `${span.month}-${String(d).padStart(2, "0")}`;
      return `${day(from)}/${day(to)}`;
    }
  }
}

function organization(org: Organization): Record<string, string> {
  return {
    "@type": "GovernmentOrganization",
    name: org.name,
    ...(org.shortName === undefined ? {} : { alternateName: org.shortName }),
  };
}

/**
 * Describes an issue as schema.org `PublicationIssue` JSON-LD: issue number, name
 * (`政务窗口月报 第9期`), date published, the period covered, the publisher and the
 * `Periodical` it is part of. The JSON is safe to put inside `<script type="application/ld+json">`
 * as it is (`<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes); the whole HTML
 * document of {@link renderHtml} embeds it.
 *
 * @param bulletin - a valid bulletin
 * @returns JSON text (indented by two spaces)
 * @throws `RenderError` (`invalid-value`) when the issue number cannot be written
 * @example
 * ```ts
 * JSON.parse(renderJsonLd(issue9)).issueNumber; //=> "9"
 * ```
 */
export function renderJsonLd(bulletin: Bulletin): string {
  const { publication, issue } = bulletin;
  const publisher = organization(publication.publisher);
  const data = {
    "@context": "https://schema.org",
    "@type": "PublicationIssue",
    issueNumber: String(issue.number),
    name: `${publication.title} ${issueNumberOf(issue)}`,
    datePublished: issue.publishedOn,
    ...(issue.period === undefined ? {} : { temporalCoverage: coverage(issue.period) }),
    inLanguage: "zh-CN",
    publisher,
    isPartOf: {
      "@type": "Periodical",
      name: publication.title,
      publisher,
    },
  };
  return JSON.stringify(data, null, 2).replace(
    SCRIPT_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
