/**
 * Lines a page or a paper may open on that are notes about it, not its headline:
 *
 * - a picture's caption: `图为某某会议现场 王某 摄`, `圖為…`, or a line closed by its photographer's
 *   credit in brackets (`…现场（记者 王某 摄）`);
 * - a report's note of its adoption, wholly in brackets: `（经2024年1月20日某会第三次会议审议通过）`,
 *   `（2023年12月5日市政府常务会议通过）`;
 * - a paper's author's affiliation, wholly in brackets, closed by the place and its postcode:
 *   `（某某大学经济学院，江苏 南京 210000）`.
 *
 * Near-misses: a headline about pictures (`某市图书馆…`, `…摄影展开幕`), a bracketed period
 * (`（2022年10月）`) or draft's word (`（征求意见稿）`), a headline that states a count of six digits.
 *
 * @example
 * isFrontNote("图为某某会议现场 王某 摄") // true
 * isFrontNote("（经2024年1月20日某会第三次会议审议通过）") // true
 * isFrontNote("某市摄影展开幕") // false
 */
export function isFrontNote(text: string): boolean {
  if (text.length > 80) return false;
  return (
    PHOTO_CAPTION.test(text) ||
    PHOTO_CREDIT.test(text) ||
    ADOPTION_NOTE.test(text) ||
    AFFILIATION.test(text)
  );
}

/** `图为…`, `圖為…`: a caption's opening words, a sentence's mark nowhere after them. */
const PHOTO_CAPTION = /^(?:图为|圖為|图為|圖为)[^。；;]{2,60}$/;
/** `…（记者 王某 摄）`, `…(王某摄)`: a photographer's credit in brackets, closing the line. */
const PHOTO_CREDIT =
  /[（(](?:记者|記者|通讯员|通訊員)?[\s\u3000]*[\u4e00-\u9fff]{2,4}[\s\u3000]*(?:摄|攝)[）)]$/;
/** `（经…会议审议通过）`: a bracketed note, closed by the adopting word. */
const ADOPTION_NOTE =
  /^[（(](?:经|經)?[^（）()]{4,60}(?:会|會)[^（）()]{0,12}(?:通过|通過|批准)[）)]$/;
/** `（单位，省 市 210000）`: a bracketed note closed by a place and its six-digit postcode. */
const AFFILIATION = /^[（(][^（）()]{4,60}[，,、\s\u3000][\u4e00-\u9fff\s\u3000]{2,16}\d{6}[）)]$/;
