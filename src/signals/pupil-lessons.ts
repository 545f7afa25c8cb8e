import { createLessonColumns, type TLessonColumns } from "@/rules";

/**
 * One pupil's registered lessons in the compact form the rules engine reads
 * (`TLessonColumns`), plus each lesson's period for the evidence.
 */
export interface TPupilLessons {
  columns: TLessonColumns;
  period: Uint8Array;
}

/** The number of fields per lesson in the text that `decodePupilLessons` reads. */
const FIELDS = 7;

export function emptyPupilLessons(): TPupilLessons {
  return { columns: createLessonColumns(0), period: new Uint8Array(0) };
}

/**
 * Decodes the lesson list that the loader's SQL builds per pupil: lessons
 * separated by `;`, each `day,start,end,period,status,reason,lateMinutes` as
 * non-negative integers (day = days since 1970-01-01, times in minutes, status
 * and reason the rules module's codes). One string per pupil instead of one
 * row per lesson keeps a school year (~1,250 lessons) one value on the wire;
 * scanning it by character allocates nothing per lesson.
 *
 * @example decodePupilLessons("20515,510,560,1,9,0,0").columns.status[0] // 9 (ABSENT_UNEXCUSED)
 * @throws RangeError when the text is not a list of 7-number lessons.
 */
export function decodePupilLessons(text: string): TPupilLessons {
  if (text.length === 0) return emptyPupilLessons();
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 59) count++;
  const columns = createLessonColumns(count);
  const period = new Uint8Array(count);
  const targets = [columns.day, columns.startMinute, columns.endMinute, period, columns.status, columns.reason, columns.lateMinutes];

  let lesson = 0;
  let field = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 59;
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
      continue;
    }
    const endsLesson = code === 59;
    if ((code !== 44 && !endsLesson) || digits === 0 || field >= FIELDS || (endsLesson && field !== FIELDS - 1)) {
      throw new RangeError(`lesson list: unexpected ${JSON.stringify(text[i] ?? "end")} at ${i}`);
    }
    targets[field]![lesson] = value;
    value = 0;
    digits = 0;
    field++;
    if (endsLesson) {
      lesson++;
      field = 0;
    }
  }
  columns.length = count;
  return { columns, period };
}
