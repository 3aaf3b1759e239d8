// The facts a bulletin requires that a text may lack, and the parser options that supply what a
// person typed for them. Nothing is made up here: an empty field supplies nothing.
import type { MissingFact, ParseBulletinTextOptions } from "@bulletin/parse";

/**
 * The `publication` / `issue` options that supply the typed values of `missing` facts, or
 * `undefined` when none is typed. The values go to the parser as typed (trimmed; a number field's
 * text as a number), so that its option check names a wrong one.
 */
export function suppliedOptions(
  typed: Partial<Record<MissingFact, string>>,
  missing: readonly MissingFact[],
): Pick<ParseBulletinTextOptions, "publication" | "issue"> | undefined {
  const value = (fact: MissingFact): string | undefined => {
    const text = typed[fact]?.trim();
    return missing.includes(fact) && text ? text : undefined;
  };
  const title = value("publication.title");
  const publisher = value("publication.publisher");
  const number = value("issue.number");
  const publishedOn = value("issue.publishedOn");
  if (!title && !publisher && !number && !publishedOn) return undefined;
  return {
    publication: {
      ...(title ? { title } : {}),
      ...(publisher ? { publisher: { name: publisher } } : {}),
    },
    issue: {
      ...(number ? { number: Number(number) } : {}),
      ...(publishedOn ? { publishedOn } : {}),
    },
  };
}
