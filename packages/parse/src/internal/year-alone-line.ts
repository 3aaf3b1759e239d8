/**
 * `2021` / `年某区住房保障局工作总结`: a PDF converted with each number in a run of its own prints a
 * year alone on its line and the `年` that goes with it opening the next. A year alone (19xx or
 * 20xx, nothing else on the line) over a line that opens with `年` is the start of that line: the
 * repair joins them (`2021年某区住房保障局工作总结`). A year over a line that opens otherwise (a
 * date tile's `04/25`, a table's next cell) stays apart.
 */
const YEAR_ALONE = /^(?:19|20)\d{2}$/;

/** Whether `line` is a year alone (`2021`): the repair joins it to a next line that opens with `年`. */
export function isYearAlone(line: string): boolean {
  return line.length === 4 && YEAR_ALONE.test(line);
}
