export type { Locale } from "@bulletin/format";
export { PdfError, type PdfErrorCode } from "./errors";
export {
  isPdf,
  type PdfText,
  type PdfWarning,
  type PdfWarningCode,
  type ReadPdfOptions,
  readPdf,
} from "./read-pdf";
