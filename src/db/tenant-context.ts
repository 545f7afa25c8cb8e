import { AsyncLocalStorage } from "node:async_hooks";

/**
 * SECURITY-CRITICAL: which school (and, at log-in, which person) the app's
 * database connections act for. PostgreSQL's row-level security shows the app
 * role only that school's rows (docs/decisions/115-row-level-security.md);
 * src/db/tenant-connection.ts puts the setting on each connection.
 *
 * Where it comes from, in order:
 * 1. `withTenant`: log-in (a person, before a school is chosen) and background
 *    work (one school at a time);
 * 2. in a request, the school in the signed session token (registered by
 *    src/auth/current-actor.ts, which decodes it without a query);
 * 3. nothing: no school, so no tenant rows at all.
 */
export type TenantContext = { schoolId?: string; userId?: string };
/** What a connection has set: '' for "none". */
export type TenantSetting = { schoolId: string; userId: string };

export const NO_TENANT: TenantSetting = Object.freeze({ schoolId: "", userId: "" });

type Shared = { storage: AsyncLocalStorage<TenantSetting>; requestSchoolId?: () => Promise<string | undefined> };
// On globalThis: Next.js bundles instrumentation, pages and route handlers apart, and they must share one.
const shared = ((globalThis as { __aanwezigTenant?: Shared }).__aanwezigTenant ??= { storage: new AsyncLocalStorage() });

/**
 * Runs `fn` with its queries acting for this school and/or person only (nested calls replace, not merge).
 * `fn` may return a Prisma query as it is: Prisma starts a query only when it is awaited, so the result is
 * awaited here, inside the context, not by the caller outside it. The setting is put on a connection when
 * it is taken from the pool: inside a `$transaction` it changes nothing (the transaction's connection
 * keeps the setting it started with), so call it around the transaction, not in it.
 */
export function withTenant<T>(context: TenantContext, fn: () => T | PromiseLike<T>): Promise<T> {
  return shared.storage.run({ schoolId: context.schoolId ?? "", userId: context.userId ?? "" }, () => {
    try {
      const result = fn();
      return new Promise<T>((resolve, reject) => {
        // `then` is called now, while the context is current.
        if (isPromiseLike(result)) result.then(resolve, reject);
        else resolve(result);
      });
    } catch (error) {
      return Promise.reject(error);
    }
  });
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** How a request finds its school; set once by the auth module, which knows the session cookie. */
export function setRequestSchoolSource(source: () => Promise<string | undefined>): void {
  shared.requestSchoolId = source;
}

/**
 * The setting a query should run with, read when it asks for a connection: at
 * once when `withTenant` set it, else a promise of the request's school. Never
 * throws: outside a request (the cookie store then throws) it is NO_TENANT.
 */
export function wantedTenant(): TenantSetting | Promise<TenantSetting> {
  const explicit = shared.storage.getStore();
  if (explicit) return explicit;
  const source = shared.requestSchoolId;
  if (!source) return NO_TENANT;
  try {
    return source().then((schoolId) => (schoolId ? { schoolId, userId: "" } : NO_TENANT), () => NO_TENANT);
  } catch {
    return NO_TENANT;
  }
}
