import { randomUUID } from "node:crypto";

/** What a proxy's id may look like to be kept: a UUID, nginx's `$request_id`, an AWS or Heroku trace id. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:+/=-]{0,127}$/;

/**
 * The request's id: a sane `X-Request-Id` from a proxy in front (so one id follows the request through the
 * proxy's log and ours), else a new UUID. "Sane" is at most 128 characters of letters, digits and `._:+/=-`:
 * the id goes into every log line and a response header, so no spaces, quotes, control characters or `@`
 * (nothing that could smuggle an e-mail address or a second log field in). Two headers (joined by Node.js as
 * "a, b") are not sane either.
 *
 * @param {string | string[] | undefined} incoming the request's `X-Request-Id` header
 * @returns {string}
 * @example requestIdOf("abc 123") // a new UUID: a space is not sane
 */
export function requestIdOf(incoming) {
  return typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
