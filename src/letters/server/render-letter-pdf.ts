import "server-only";
// The standalone build inlines the standard fonts' metrics; the regular one reads them from node_modules at
// run time, which the Next.js server bundle cannot (the same choice as src/duo-reports/render-duo-pdf.ts).
import PDFDocument from "pdfkit/js/pdfkit.standalone.js";

export interface TLetterDocument {
  school: { name: string; city: string; phone: string | null; email: string | null };
  /** "Amersfoort, 23 november 2026" */
  placeAndDate: string;
  addressLines: readonly string[];
  subject: string;
  /** Paragraphs separated by an empty line. */
  body: string;
  signature: { name: string; functionTitle: string };
  createdAt: Date;
}

const MM = 72 / 25.4;

/**
 * The letter as an A4 PDF: school letterhead, addressee, place and date,
 * subject, body and the sender's signature. Uses PDF's built-in Helvetica,
 * so nothing is embedded and the file stays a few kilobytes; its WinAnsi
 * encoding covers Dutch (é, ë, ï, ‘’, €).
 */
export function renderLetterPdf(letter: TLetterDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 20 * MM },
    info: { Title: letter.subject, Author: letter.school.name, CreationDate: letter.createdAt },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(15).fillColor("#1e3a8a").text(letter.school.name);
  const contact = [letter.school.city, letter.school.phone, letter.school.email].filter(Boolean).join("  ·  ");
  doc.font("Helvetica").fontSize(9).fillColor("#334155").text(contact);

  doc.moveDown(3).fontSize(11).fillColor("black");
  for (const line of letter.addressLines) doc.text(line);
  doc.moveDown(2).text(letter.placeAndDate);
  doc.moveDown().font("Helvetica-Bold").text(`Betreft: ${letter.subject}`).font("Helvetica");
  doc.moveDown();

  for (const paragraph of letter.body.split(/\n\s*\n/)) {
    if (paragraph.trim() === "") continue;
    doc.text(paragraph.trim(), { lineGap: 2 });
    doc.moveDown(0.8);
  }

  doc.moveDown(0.4).text("Met vriendelijke groet,");
  doc.moveDown(2).text(letter.signature.name);
  doc.text(letter.signature.functionTitle).text(letter.school.name);
  doc.end();
  return done;
}
