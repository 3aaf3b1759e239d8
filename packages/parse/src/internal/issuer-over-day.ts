import { joinedIssuer } from "./joined-issuer";
import { isOrg } from "./read-masthead";
import type { TextLine } from "./text-line";

/**
 * `2021年3月5日`, `（2021年5月6日）`, `2020年8月19` (a copy that lost its `日`): the day a document was
 * signed, alone on its line, in brackets perhaps.
 */
const SIGNED_DAY = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*[）)]?$/;
/** Longest line {@link SIGNED_DAY} reads. */
const MAX_DAY = 20;
/** Longest body's name on a line of its own. */
const MAX_SIGNER = 40;

/**
 * A body's name ({@link isOrg}, spaces in it taken out) alone on its line right over the day it signed
 * ({@link SIGNED_DAY}), anywhere in the text: a sign-off that something follows (an attachment, a table,
 * a note, the site's other headlines) or a speech's head (`中共某镇委员会` / `（2021年5月6日）` under its
 * title). The first such name, as printed; else undefined. Read only when nothing else names the
 * publisher. Near-misses: a line that names no body over the day (`第七名：某县 91.24分`), a day run on
 * into a sentence.
 *
 * @example
 * issuerOverDay(lines) // `某区人民政府办公室` for `…\n某区人民政府办公室\n2021年3月5日\n附件1\n…`
 */
export function issuerOverDay(lines: readonly TextLine[]): string | undefined {
  for (let k = 1; k < lines.length; k++) {
    const day = (lines[k] as TextLine).text.trim();
    if (day.length > MAX_DAY || !SIGNED_DAY.test(day)) continue;
    const line = lines[k - 1] as TextLine;
    const name = line.text.trim();
    if (isSigner(name)) return name;
    // `第七名：某县 91.24分` / `某市城管委办公室` joined as one line: the name is the last piece.
    const joined = joinedIssuer(line, isSigner);
    if (joined !== undefined) return joined.text.trim();
  }
  return undefined;
}

/** A body's name alone: short, no sentence's or label's mark in it. */
const isSigner = (name: string): boolean =>
  name.length <= MAX_SIGNER && !/[。；，：！？:]/.test(name) && isOrg(name.replace(/\s+/g, ""));
