// A helper the masthead tests share: the title, publisher and date a text's parse gives.
import { parseBulletinText } from "@bulletin/parse";

/** The title, the publisher's name and the issue's date that `parseBulletinText` reads from `text`. */
export function mastheadFacts(text: string): {
  title: string | undefined;
  publisher: string | undefined;
  publishedOn: string | undefined;
} {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
}
