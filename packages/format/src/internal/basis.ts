import type { ChangeBasis } from "../format-change";

/**
 * The basis that the words before a change name. The parsers of changes read the same words:
 * 同比 and 与/较/比上年同期 (a year earlier) are `yoy`; 环比, 与/较/比上月 and 上期 (the period
 * before) are `mom`.
 */
export const basisOf = (words: string): ChangeBasis => (/同比|年/.test(words) ? "yoy" : "mom");
