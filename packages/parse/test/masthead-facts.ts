// Helpers the parse tests share: what a text's parse gives, in the few fields a test compares.
import { parseBulletinText } from "@bulletin/parse";

/** The title, the publisher's name and the issue's date that `parseBulletinText` reads from `text`. */
export function mastheadFacts(text: string): {
  title: string | undefined;
  publisher: string | undefined;
  publishedOn: string | undefined;
} {
  return parsedView(text, ["title", "publisher", "publishedOn"]);
}

/** The fields of a parse the tests compare: masthead facts, section headings and the sections' JSON. */
export interface ParsedView {
  title: string | undefined;
  publisher: string | undefined;
  publishedOn: string | undefined;
  /** Each section's title, in order (`undefined` for an untitled section). */
  headings: (string | undefined)[];
  /** `JSON.stringify` of the sections: a test asks it whether a line was kept or dropped. */
  text: string;
}

/**
 * The fields `keys` of `parseBulletinText(text)`'s view, and only those, so that a test can
 * compare the whole object with `toEqual`.
 *
 * @example
 * parsedView("某县简报\n\n2023-07-01 某县融媒体中心\n\n正文。", ["publisher", "publishedOn"]);
 */
export function parsedView<K extends keyof ParsedView>(
  text: string,
  keys: readonly K[],
): Pick<ParsedView, K> {
  const { bulletin } = parseBulletinText(text);
  const all: ParsedView = {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
    headings: bulletin.sections.map((s) => s.title),
    text: JSON.stringify(bulletin.sections),
  };
  const view = {} as Pick<ParsedView, K>;
  for (const k of keys) view[k] = all[k];
  return view;
}
