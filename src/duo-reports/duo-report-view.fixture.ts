import { buildAbsenceSpecification, type TSpecificationLesson } from "./absence-specification";
import type { TDuoReportView } from "./duo-report-view";

const absentDay = (date: string, periods: number): TSpecificationLesson[] =>
  Array.from({ length: periods }, (_, i) => ({ date, period: i + 1, startMinutes: 510 + i * 50, endMinutes: 560 + i * 50, status: "ABSENT_UNEXCUSED", lateMinutes: 0 }));

/** A complete, ready 16-hour report for tests of the exports and the PDF. */
export function reportViewFixture(overrides: Partial<TDuoReportView> = {}): TDuoReportView {
  const specification = buildAbsenceSpecification(
    [...absentDay("2026-11-16", 8), ...absentDay("2026-11-17", 8), ...absentDay("2026-11-18", 6)],
    { from: "2026-11-16", to: "2026-11-18", counts: "UNEXCUSED" },
  );
  return {
    id: "0190aaaa-0000-7000-8000-000000000001",
    state: "READY",
    duoStatus: null,
    closingReason: null,
    endDateUpdateNeeded: false,
    absenceKind: "RELATIVE_16H",
    beginDate: "2026-11-16",
    endDate: "2026-11-18",
    allLessonsMissed: specification.allLessonsMissed,
    specification,
    continuesChain: false,
    previous: null,
    pupil: { id: "p1", name: "Sanne van den Berg", birthDate: "2012-03-04", studentNumber: "100001", number: { kind: "BSN", value: "123456782" } },
    school: { name: "Het Baken College", brin: "12AB", locationCode: "00", city: "Amersfoort", timeZone: "Europe/Amsterdam" },
    human: {
      suspectedReason: "Spijbelt; zegt \"geen zin\"; mogelijk problemen thuis",
      actionsTaken: "Gesprek met ouders op 12-11-2026; verzuimbrief verstuurd",
      municipalityActionWanted: true,
      municipalityActionExplanation: null,
      reporterName: "Petra de Vries",
      reporterFunction: "verzuimcoördinator",
      reporterPhone: "033-4567890",
      reporterEmail: "p.devries@baken.demo",
      contactPhone: "06-12345678",
      differentAddress: null,
    },
    signal: { id: "s1", kind: "RELATIVE_16H", dueBy: "2026-11-25", endDate: "2026-11-18", withdrawnAt: null, withdrawnReason: null },
    createdAt: "2026-11-23T09:05:00.000Z",
    createdByName: "Petra de Vries",
    submittedOn: null,
    submittedByName: null,
    events: [],
    ...overrides,
  };
}
