/**
 * A page's notice that the reader's browser cannot play its Flash content: `不支持Flash`,
 * `您的浏览器不支持Flash`, `某某平台提示：您的Flash Player版本过低，请进行网页播放器升级！` (simplified,
 * either mark). Near-miss: a sentence that mentions Flash (`本站视频采用Flash格式播放，…。`).
 */
const FLASH_NOTICE =
  /^(?:您的)?(?:浏览器)?不支持\s?Flash(?:\s?Player)?[！!。]?$|^(?:[\u4e00-\u9fff]{2,20}提示[：:]\s*)?(?:您的)?(?:浏览器的?)?Flash\s?Player(?:插件)?版本过低[，,]\s*请[\u4e00-\u9fff]{2,16}[！!。]?$/i;

/** Whether `text` (simplified) is a notice about the Flash player ({@link FLASH_NOTICE}), 80 characters at most. */
export const isFlashNotice = (text: string): boolean =>
  text.length <= 80 && FLASH_NOTICE.test(text);
