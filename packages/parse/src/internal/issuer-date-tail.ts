/**
 * Look-alikes of 〇 a year in words is typed with (`二○一九年`, `二OO八年`, `二ＯＯ八年`): the issuer's date at
 * the end of a masthead line may hold them (`某县水文站 二○一九年三月五日`; the date's reader takes them as 〇).
 */
export const ZERO_LOOKALIKES = "○OＯ";
