/**
 * `（某某遗址）`, `(某某生态公园)`: a picture's caption, a name of two to twelve Han characters wholly in
 * round brackets, alone on the first line over a paragraph: no headline. Near-misses: a bracketed
 * period (`（2022年10月）`, digits), a `（一）` item's marker, a `【…】` headline.
 */
export const isBracketedCaption = (text: string): boolean => BRACKETED_CAPTION.test(text);
const BRACKETED_CAPTION = /^[（(][\u4e00-\u9fff]{2,12}[）)]$/;
