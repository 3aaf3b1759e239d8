export { PdfError, type PdfErrorCode } from "./errors";
export type { Locale } from "./internal/messages";
export {
  isPdf,
  type PdfText,
  type PdfWarning,
  type PdfWarningCode,
  type ReadPdfOptions,
  readPdf,
} from "./read-pdf";
