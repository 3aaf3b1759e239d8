export { DocxError, type DocxErrorCode } from "./errors";
export {
  type DocxText,
  type DocxWarning,
  type DocxWarningCode,
  type ReadDocxOptions,
  readDocx,
} from "./read-docx";
export { type DocxFonts, type RenderDocxOptions, renderDocx } from "./render-docx";
