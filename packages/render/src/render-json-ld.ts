import type { Bulletin } from "@bulletin/schema";
import { isLayout } from "./internal/layout-of";
import type { BulletinLayout, MastheadNode } from "./layout";
import { layoutMasthead } from "./layout-bulletin";

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

function organization(org: MastheadNode["publisher"]): Record<string, string> {
  return {
    "@type": "GovernmentOrganization",
    name: org.name,
    ...(org.shortName === undefined ? {} : { alternateName: org.shortName }),
  };
}

/**
 * Describes an issue as schema.org `PublicationIssue` JSON-LD: issue number, name
 * (`政务窗口月报 第9期`), date published, the period covered, the publisher and the
 * `Periodical` it is part of, all read from the masthead of the layout. The JSON is safe to put
 * inside `<script type="application/ld+json">` as it is (`<`, `>`, `&`, U+2028 and U+2029 are
 * written as `\u` escapes); the whole HTML document of {@link renderHtml} embeds it.
 *
 * @param input - a valid bulletin, or its layout
 * @returns JSON text (indented by two spaces)
 * @throws `RenderError` (`invalid-value`) when the issue number, date or period cannot be written
 * @example
 * ```ts
 * JSON.parse(renderJsonLd(issue9)).issueNumber; //=> "9"
 * ```
 */
export function renderJsonLd(input: Bulletin | BulletinLayout): string {
  return jsonLdOf(isLayout(input) ? input.masthead : layoutMasthead(input));
}

/** The JSON-LD of an issue from its masthead. @internal */
export function jsonLdOf(masthead: MastheadNode): string {
  const publisher = organization(masthead.publisher);
  const data = {
    "@context": "https://schema.org",
    "@type": "PublicationIssue",
    issueNumber: String(masthead.number.number),
    name: `${masthead.title} ${masthead.number.text}`,
    datePublished: masthead.publishedOn.date,
    ...(masthead.period === undefined ? {} : { temporalCoverage: masthead.period.coverage }),
    inLanguage: "zh-CN",
    publisher,
    isPartOf: {
      "@type": "Periodical",
      name: masthead.title,
      publisher,
    },
  };
  return JSON.stringify(data, null, 2).replace(
    SCRIPT_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
