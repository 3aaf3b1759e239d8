/**
 * `截至2025年12月底`, `截止2024年6月30日：`: a clause of the time the figures under it stand at, alone on
 * the first line over them (`1.全县共有低保对象…`): no headline. Near-misses: a headline that goes on
 * after the day (`截至6月底全市新增企业2911户`), a title naming a period (`2025年12月…情况`).
 */
export const isCutoffClause = (text: string): boolean => CUTOFF_CLAUSE.test(text);
const CUTOFF_CLAUSE =
  /^(?:截至|截止)(?:到)?\s*(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末)?(?:止)?\s*[，,：:]?$/;
