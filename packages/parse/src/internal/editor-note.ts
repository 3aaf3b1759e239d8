/**
 * `下面是小编为大家整理的2022年某街道1-6月经济运行情况分析报告，供大家参考。`: a document site's note
 * over the copy it offers, naming it (perhaps with another year, `…范本`) and closing with an offer
 * to the reader (`供大家参考`, `仅供参考`, `希望对大家有帮助`).
 */
const EDITOR_NOTE =
  /^(?:下面|以下)是小编为大家(?:精心)?(?:整理|收集|准备|带来)的[^。！？]{1,80}[，,]\s*(?:供大家参考|仅供参考|希望[^。！？]{1,20})[。！!.]?$/;

/**
 * `下面是小编为大家整理的…，供大家参考。` ({@link EDITOR_NOTE}) opening the text, over its headline: the
 * site's note, no line of the report (since 2026-12-08). Near-misses: a note the site wrote
 * otherwise (`总结是一种思绪的整理，…`, the site's own essay), a sentence of the report
 * (`下面是2022年的工作总结：`).
 */
export function isEditorNote(text: string): boolean {
  return text.length <= 120 && EDITOR_NOTE.test(text.trim());
}
