// pdfkit's standalone build: the standard fonts' metrics are inlined. The regular build reads them from
// node_modules at run time, which the Next.js server bundle cannot (docs/decisions/061).
import PDFDocument from "pdfkit/js/pdfkit.standalone.js";
import { DUO_FIELD as F, EXTRA_FIELD as X } from "./duo-fields";
import { closingReasonLabel, DUO_ABSENCE_KINDS, DUO_STATUS_LABELS, dutchHours, dutchShortDate, REPORT_STATE_LABELS } from "./duo-labels";
import { lessonLocationName } from "./duo-export";
import type { TDuoReportView } from "./duo-report-view";
import { periodText } from "@/calendar/period-text";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 50;
const LABEL_WIDTH = 190;
const GAP = 10;
const BODY = 10;
const WEEKDAYS = ["zo", "ma", "di", "wo", "do", "vr", "za"];

const yesNo = (value: boolean | null) => (value === null ? "—" : value ? "Ja" : "Nee");
const orDash = (value: string | null | undefined) => (value === null || value === undefined || value === "" ? "—" : value);
const weekdayDate = (iso: string) => `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${dutchShortDate(iso)}`;

/** Moves to a new page when `height` does not fit below the cursor. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensureRoom(doc, 50);
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).fillColor("#1e3a8a").text(text, MARGIN).fillColor("black").moveDown(0.3);
}

/** A label–value row; long values wrap in their column. */
function field(doc: Doc, label: string, value: string): void {
  const valueX = MARGIN + LABEL_WIDTH + GAP;
  const valueWidth = doc.page.width - MARGIN - valueX;
  doc.fontSize(BODY);
  const height = Math.max(doc.font("Helvetica").heightOfString(label, { width: LABEL_WIDTH }), doc.heightOfString(value, { width: valueWidth }));
  ensureRoom(doc, height);
  const y = doc.y;
  doc.font("Helvetica").fillColor("#475569").text(label, MARGIN, y, { width: LABEL_WIDTH });
  doc.fillColor("black").text(value, valueX, y, { width: valueWidth });
  doc.x = MARGIN;
  doc.y = y + height + 4;
}

const COLUMNS = [
  { title: "Verzuimdag", width: 110 },
  { title: "Verzuimuren", width: 80 },
  { title: "Lesuren", width: 185 },
  { title: "Alle lessen gemist", width: 120 },
];

function tableRow(doc: Doc, cells: string[], bold: boolean): void {
  ensureRoom(doc, 16);
  const y = doc.y;
  let x = MARGIN;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
  cells.forEach((cell, i) => {
    doc.text(cell, x, y, { width: COLUMNS[i]!.width - 6, lineBreak: false });
    x += COLUMNS[i]!.width;
  });
  doc.x = MARGIN;
  doc.y = y + 14;
}

function specificationTable(doc: Doc, view: TDuoReportView): void {
  heading(doc, `${F.specification} (per dag, met de lesuren)`);
  if (view.specification.days.length === 0) {
    doc.font("Helvetica").fontSize(BODY).text("Geen ongeoorloofd verzuim geregistreerd in deze periode.");
    return;
  }
  tableRow(doc, COLUMNS.map((c) => c.title), true);
  for (const day of view.specification.days) {
    // The header again at the top of every new page, so each page reads on its own.
    if (doc.y + 14 > doc.page.height - MARGIN - 20) {
      doc.addPage();
      tableRow(doc, COLUMNS.map((c) => c.title), true);
    }
    tableRow(doc, [weekdayDate(day.date), dutchHours(day.hours), day.periods.join(", "), day.allLessonsMissed ? "Ja" : "Nee"], false);
  }
  tableRow(doc, [`${view.specification.days.length} dagen`, dutchHours(view.specification.hours), "", ""], true);
}

/**
 * The report on A4 for the pupil's file, in Dutch: every field of DUO's list
 * under DUO's own names, the specification per day, and where the report
 * stands. Standard PDF fonts only (Helvetica covers Dutch accents), so the
 * file needs nothing from the server's disk beyond pdfkit.
 */
export async function renderDuoReportPdf(view: TDuoReportView, options: { generatedAt: Date }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    lang: "nl-NL",
    info: { Title: `Verzuimmelding ${view.pupil.name}`, Author: view.school.name, Creator: "Aanwezig", CreationDate: options.generatedAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const kind = DUO_ABSENCE_KINDS[view.absenceKind];
  doc.font("Helvetica-Bold").fontSize(18).text("Verzuimmelding aan DUO");
  doc.font("Helvetica").fontSize(BODY).fillColor("#475569")
    .text(`${view.school.name} · BRIN ${view.school.brin} · ${REPORT_STATE_LABELS[view.state]}${view.duoStatus ? ` · DUO-status: ${DUO_STATUS_LABELS[view.duoStatus]}` : ""}`)
    .fillColor("black");
  if (view.endDateUpdateNeeded && view.endDate) {
    doc.moveDown(0.5).font("Helvetica-Bold").fillColor("#9a3412").text(`Einddatum doorgeven aan DUO: ${dutchShortDate(view.endDate)}`).fillColor("black");
  }

  heading(doc, "Leerling en school");
  field(doc, "Naam leerling", view.pupil.name);
  field(doc, "Geboortedatum", dutchShortDate(view.pupil.birthDate));
  field(doc, "Leerlingnummer", view.pupil.studentNumber);
  field(doc, F.pupilNumber, view.pupil.number ? `${view.pupil.number.value ?? "onleesbaar"} (${view.pupil.number.kind})` : "Ontbreekt: geen BSN of onderwijsnummer");
  field(doc, X.brin, `${view.school.brin} (${X.locationCode.toLowerCase()} ${view.school.locationCode})`);
  field(doc, F.lessonLocation, lessonLocationName(view.school));

  heading(doc, "Verzuim");
  field(doc, F.absenceKind, `${kind.label} (${kind.code})`);
  field(doc, F.beginDate, dutchShortDate(view.beginDate));
  field(doc, F.endDate, view.endDate ? dutchShortDate(view.endDate) : "Nog niet bekend: het verzuim duurt voort");
  if (view.previous) {
    const range = periodText(view.previous.beginDate, view.previous.endDate ?? view.previous.beginDate, { formatDate: dutchShortDate, through: "t/m" });
    field(doc, view.continuesChain ? "Herhaalmelding van" : "Sluit aan op", `de melding van ${range}`);
  } else if (view.continuesChain) {
    field(doc, "Herhaalmelding van", "een eerdere melding (niet in Aanwezig)");
  }
  field(doc, F.allLessonsMissed, yesNo(view.allLessonsMissed));
  field(doc, `${F.absenceDays} / ${F.absenceHours.toLowerCase()}`, `${view.specification.days.length} dagen, ${dutchHours(view.specification.hours)} klokuren`);

  heading(doc, "Toelichting van de school");
  field(doc, F.suspectedReason, orDash(view.human.suspectedReason));
  field(doc, F.actionsTaken, orDash(view.human.actionsTaken));
  field(doc, F.municipalityActionWanted, yesNo(view.human.municipalityActionWanted));
  if (view.human.municipalityActionWanted === false) field(doc, F.municipalityActionExplanation, orDash(view.human.municipalityActionExplanation));

  heading(doc, `${F.reporter} en contact`);
  field(doc, `${F.reporter}: ${F.reporterName.toLowerCase()}`, orDash(view.human.reporterName));
  field(doc, `${F.reporter}: ${F.reporterFunction.toLowerCase()}`, orDash(view.human.reporterFunction));
  field(doc, `${F.reporter}: ${F.reporterPhone.toLowerCase()}`, orDash(view.human.reporterPhone));
  field(doc, `${F.reporter}: ${F.reporterEmail}`, orDash(view.human.reporterEmail));
  field(doc, F.contactPhone, orDash(view.human.contactPhone));
  field(doc, F.differentAddress, view.human.differentAddress ?? "Geen (adres als in de basisregistratie personen)");

  if (view.state === "SUBMITTED") {
    heading(doc, "Verzending en status");
    field(doc, "Gemeld bij DUO op", view.submittedOn ? dutchShortDate(view.submittedOn) : "—");
    field(doc, "Gemeld door", orDash(view.submittedByName));
    field(doc, "DUO-status", view.duoStatus ? DUO_STATUS_LABELS[view.duoStatus] : "—");
    if (view.closingReason) field(doc, "Reden melding afgesloten", closingReasonLabel(view.closingReason) ?? "—");
  }

  specificationTable(doc, view);

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // Writing into the bottom margin would start a new page: lift the margin for the footer line.
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor("#64748b")
      .text(`Verzuimmelding leerlingnummer ${view.pupil.studentNumber} · gemaakt ${dutchShortDate(options.generatedAt.toISOString().slice(0, 10))} met Aanwezig · pagina ${i + 1} van ${pages.count}`,
        MARGIN, doc.page.height - MARGIN + 10, { width: doc.page.width - 2 * MARGIN, align: "center", lineBreak: false });
  }
  doc.end();
  return done;
}
