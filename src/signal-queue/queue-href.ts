import type { TQueueFilters } from "./schemas";

/** The queue's address with the same filters and another page: paging never loses the filter. */
export function queueHref(filters: TQueueFilters, na: string | null): string {
  const params = new URLSearchParams();
  if (filters.soort) params.set("soort", filters.soort);
  if (filters.groep) params.set("groep", filters.groep);
  if (filters.mentor) params.set("mentor", filters.mentor);
  if (filters.status !== "open") params.set("status", filters.status);
  if (filters.termijn !== "alle") params.set("termijn", filters.termijn);
  if (na) params.set("na", na);
  const query = params.toString();
  return query ? `/verzuim/signalen?${query}` : "/verzuim/signalen";
}
