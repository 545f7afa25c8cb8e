/**
 * Request header with the address that was asked for (path and query), set by
 * proxy.ts on every page request (it overwrites whatever a client sent), so
 * that a page can send a logged-out visitor to the log-in page and back.
 */
export const REQUEST_PATH_HEADER = "x-aanwezig-path";
