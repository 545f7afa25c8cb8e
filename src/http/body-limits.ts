// How much a request may send (docs/decisions/106-input-limits.md). No imports: next.config.ts reads this file.

/** A JSON body of an API route: a batch of 200 marks (the register's largest) is ~40 kB. */
export const JSON_BODY_LIMIT = 256 * 1024;

/** A server action's form: a few fields of text; the longest, a letter template, stays under 20 kB. */
export const ACTION_BODY_LIMIT = 256 * 1024;

/**
 * A leave request with its attachments (decision 126): up to 3 files of at most 5 MB each, and the form's
 * text. Only POST /api/leave-requests reads this much; every other entrance keeps its own limit.
 */
export const UPLOAD_BODY_LIMIT = 3 * 5 * 1024 * 1024 + 64 * 1024;

/**
 * A timetable upload (decision 148): a Zermelo JSON of a big school's year is ~40 MB; at most 50 MB of
 * files and the form's text. Only POST /api/imports/timetable reads this much.
 */
export const TIMETABLE_UPLOAD_BODY_LIMIT = 50 * 1024 * 1024 + 64 * 1024;

/**
 * A people import (pupils, guardians, staff: decision 144): one CSV export of at most 10 MB and the
 * form's few fields. Only POST /api/imports/people reads this much.
 */
export const PEOPLE_IMPORT_BODY_LIMIT = 10 * 1024 * 1024 + 64 * 1024;
