// The standalone build of pdfkit exports the same PDFDocument as "pdfkit" (UMD), with the standard fonts inlined.
declare module "pdfkit/js/pdfkit.standalone.js" {
  import PDFDocument from "pdfkit";
  export default PDFDocument;
}
