export { PdfError, type PdfErrorCode } from "./errors";
export {
  createPdfRenderer,
  type PdfRenderer,
  type PdfRendererOptions,
  type PrintOptions,
  type RenderPdfOptions,
  renderPdf,
} from "./render-pdf";
