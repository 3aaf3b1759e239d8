import type { Locale } from "@bulletin/format";
import type { Bulletin } from "@bulletin/schema";
import { RenderError } from "../errors";
import type { BulletinLayout, DateStyle } from "../layout";
import { layoutBulletin } from "../layout-bulletin";
import { renderMessage } from "./messages";

/** Whether a writer's input is a layout already (rather than a bulletin to lay out). */
export function isLayout(input: Bulletin | BulletinLayout): input is BulletinLayout {
  return (
    typeof input === "object" &&
    input !== null &&
    (input as { kind?: unknown }).kind === "bulletin-layout"
  );
}

/**
 * The layout a writer walks: the input itself when it is a layout, else the bulletin laid out
 * with the options that shape a layout. Such an option given with a layout is an error: the
 * layout was made already.
 */
export function layoutOf(
  input: Bulletin | BulletinLayout,
  dateStyle: DateStyle | undefined,
  locale: Locale,
): BulletinLayout {
  if (!isLayout(input))
    return layoutBulletin(input, dateStyle === undefined ? { locale } : { dateStyle, locale });
  if (dateStyle !== undefined) {
    throw new RenderError(
      "invalid-option",
      renderMessage("invalid-option", locale, { option: "dateStyle", note: "layout-given" }),
      { path: ["dateStyle"] },
    );
  }
  return input;
}
