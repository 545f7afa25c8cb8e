import { currentRequestId } from "./web-server-hooks";

type TLevel = "info" | "warn" | "error";
/**
 * `error` is described by describeError; every other field must be a plain value: what a line carries is chosen
 * field by field, never a whole object (decision 166), so an object given anyway is written as "[object]".
 */
type TOptions = { error?: unknown; [field: string]: unknown };

/**
 * The app's server-side log: one JSON line per event with time, level, message, the request's id (when the code
 * runs inside a request served by scripts/serve.mjs) and the process id, in the same shape as serve.mjs's request
 * lines, so one query finds a request and everything it logged.
 *
 * No personal data goes in: no names, e-mail addresses, BSNs, addresses, form contents or query strings. Internal
 * ids (school, pupil) may, where an operator needs them to act; they name no one outside the database.
 * Errors come through console.error (stderr) so that a test still fails on an unexpected one.
 *
 * @example log.error("Onverwachte fout in een formulieractie", { error })
 */
export const log = {
  info: (msg: string, options?: TOptions): void => write("info", msg, options),
  warn: (msg: string, options?: TOptions): void => write("warn", msg, options),
  error: (msg: string, options?: TOptions): void => write("error", msg, options),
};

function write(level: TLevel, msg: string, { error, ...fields }: TOptions = {}): void {
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    msg,
    requestId: currentRequestId(),
    pid: process.pid,
    ...plainValues(fields),
    ...(error === undefined ? {} : { error: describeError(error) }),
  });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/**
 * An error's kind, message, code and stack. Not its other properties: PostgreSQL's `detail` and Prisma's `meta`
 * can repeat a row's values (an e-mail address in a unique violation).
 */
export function describeError(error: unknown): { name: string; message: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === "string" ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}

function plainValues(fields: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    plain[key] = value === null || ["string", "number", "boolean", "undefined"].includes(typeof value) ? value : "[object]";
  }
  return plain;
}
