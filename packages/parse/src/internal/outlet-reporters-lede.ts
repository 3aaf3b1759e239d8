import { isNamedOutlet } from "./page-foot";
import { printedSpacing, type TextLine } from "./text-line";
import { simplified } from "./web-page";

/** How much of a lede's opening the printed spacing is read over. */
const HEAD = 40;

/**
 * `某某融媒  王某某 李某  为壮大村集体经济，…`, `某某日报 张某 今年以来，…`: a lede opened by its outlet's
 * name (three to twelve characters, {@link isNamedOutlet}), then one to three reporters' names (two
 * to four Han characters each), each set off by the spaces the page printed (the repair took them
 * out: read from the input's offsets), then the report's first clause (a comma or a full stop in
 * it): group 1 the outlet. Near-misses: a time word in a name's place (`某某网 近日 记者从…`, no
 * reporter), words run on with no space (`某某日报王某说，`), a body ending in 社 as an agency does
 * (`某某合作社`, {@link NO_AGENCY}), an outlet before a clause alone
 * (`某某网 今年以来，…`, read by the lede's outlet rule), a name with no clause after it.
 */
const OUTLET_REPORTERS_LEDE =
  /^([\u4e00-\u9fff]{3,12}) (?!近日|日前|今年|今天|昨天|昨日|目前|近期|本周|上周|记者|通讯员)((?:[\u4e00-\u9fff·]{2,4} ){1,3})(?=[^ ]{6,})/;
/** `某某合作社`, `某某旅行社`, `某某出版社`: a body whose name ends in 社 as an agency's does, no outlet. */
const NO_AGENCY = /(?:合作社|旅行社|出版社|公社)$/;
/** A clause's mark in the lede's opening after the names. */
const CLAUSE_MARK = /[，,。]/;
/** Words no reporter is named (time words, roles) among the names. */
const NO_REPORTER = /^(?:近日|日前|今年|今天|昨天|昨日|目前|近期|本周|上周|记者|通讯员|报道)$/;

/** The outlet of an {@link OUTLET_REPORTERS_LEDE} lede `line`, as printed; else undefined. */
export function outletReportersLede(line: TextLine | undefined): string | undefined {
  if (line === undefined || line.spans.length < 4) return undefined;
  // The line's opening with a space wherever the input had a gap.
  const spaced = printedSpacing(line, 0, HEAD);
  const m = OUTLET_REPORTERS_LEDE.exec(spaced);
  const name = m?.[1];
  if (m === null || name === undefined) return undefined;
  const simple = simplified(name);
  if (!isNamedOutlet(simple) || NO_AGENCY.test(simple)) return undefined;
  const names = (m[2] as string).trim().split(" ");
  if (names.some((n) => NO_REPORTER.test(n))) return undefined;
  return CLAUSE_MARK.test(spaced.slice(m[0].length)) ? name : undefined;
}
