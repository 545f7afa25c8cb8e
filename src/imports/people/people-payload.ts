import type { PeopleKind } from "./people-fields";
import type { PeoplePreview } from "./people-preview";
import type { PeopleTable } from "./read-people-file";
import type { ColumnMapping } from "./recognise-columns";

/**
 * What a pending people import keeps between preview and confirmation (decision 141): the file's parsed
 * table (so the mapping can be corrected without uploading again), the mapping, the end date for
 * leavers, and the preview as shown. Never the file's bytes.
 */
export interface PeoplePayload {
  kind: PeopleKind;
  table: PeopleTable;
  mapping: ColumnMapping;
  endDate: string;
  /** The file is the complete list: who is not in it ends (decision 143). False: a partial list, nobody ends. */
  complete: boolean;
  encoding: string;
  preview: PeoplePreview;
}
