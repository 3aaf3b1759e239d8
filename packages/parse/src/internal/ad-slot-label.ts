/**
 * `自動輪播廣告(右)橫式1欄`, `自动轮播广告(上小)横式选举3栏`, `轮播广告（下）竖式2栏`: the label of a page's ad
 * slot that a copy kept where the ad was (a rotating ad, its place in brackets, its layout and how
 * many columns it spans), alone on its line. Either script (the page's simplification is partial).
 * Near-miss: a sentence about ads (`自动轮播广告位全年投放126次，…。`).
 */
const AD_SLOT =
  /^(?:自[动動])?[轮輪]播[广廣]告[（(][^（）()]{1,6}[）)][横橫竖豎]式[\u4e00-\u9fff]{0,4}\d{1,2}[栏欄]$/;

/** Whether `text` is an ad slot's label ({@link AD_SLOT}), 30 characters at most. */
export const isAdSlotLabel = (text: string): boolean => text.length <= 30 && AD_SLOT.test(text);
