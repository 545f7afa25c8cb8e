import type pg from "pg";

import type { TenantSetting } from "./tenant-context";

// Both settings in one statement; `false`: for the session, so a connection
// keeps them between queries and we send this only when the tenant changes.
const SET_TENANT = "SELECT set_config('app.school_id', $1, false), set_config('app.user_id', $2, false)";

/**
 * SECURITY-CRITICAL: every connection `pool` hands out acts for the tenant that
 * `wanted` names at the moment the connection is asked for, so that the
 * row-level-security policies (decision 115) show it only that school's rows.
 *
 * Both ways in are covered: `pool.query` (pg calls `this.connect(callback)`)
 * and `pool.connect()` (Prisma's transactions, src/db/sql.ts's callers). A
 * connection's current setting is remembered, so a school's requests cost no
 * extra round trip after the first; a switch costs one.
 */
export function setTenantOnConnect(pool: pg.Pool, wanted: () => TenantSetting | Promise<TenantSetting>): void {
  const checkOut = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const current = new WeakMap<pg.PoolClient, string>();

  async function connectFor(tenant: TenantSetting | Promise<TenantSetting>): Promise<pg.PoolClient> {
    const { schoolId, userId } = await tenant;
    const client = await checkOut();
    const key = `${schoolId}/${userId}`;
    if (current.get(client) === key) return client;
    try {
      await client.query(SET_TENANT, [schoolId, userId]);
      current.set(client, key);
    } catch (error) {
      // A connection whose setting is unknown is not handed out again.
      current.delete(client);
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    return client;
  }

  const connect = (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: (release?: boolean | Error) => void) => void) => {
    // Read now, in the caller's context: when every connection is busy, pg hands one over later from the
    // context of whoever frees it, which may be another school's request.
    const connection = connectFor(wanted());
    if (!callback) return connection;
    connection.then(
      (client) => callback(undefined, client, client.release),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), undefined, () => {}),
    );
    return undefined;
  };
  pool.connect = connect as typeof pool.connect;
}
