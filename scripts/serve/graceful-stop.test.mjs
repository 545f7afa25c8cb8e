import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";

import { trackRequests } from "./graceful-stop.mjs";

/** @type {http.Server[]} */
const servers = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/**
 * A server whose `/hold` requests wait until the test lets them go.
 * @returns {Promise<{ server: http.Server, port: number, release: () => void, held: () => number }>}
 */
async function holdingServer() {
  /** @type {(() => void)[]} */
  const waiting = [];
  const server = http.createServer((request, response) => {
    if (request.url === "/hold") waiting.push(() => response.end("klaar"));
    else response.end("direct");
  });
  servers.push(server);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
  return { server, port, release: () => waiting.splice(0).forEach((answer) => answer()), held: () => waiting.length };
}

/**
 * @param {number} port
 * @param {string} path
 * @param {http.Agent | false} agent
 * @returns {Promise<{ status: number, body: string }>}
 */
function get(port, path, agent) {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path, agent }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

/** @param {() => boolean} check */
async function until(check) {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("trackRequests", () => {
  it("lets the request in hand finish, closes the idle keep-alive connection and refuses new ones", async () => {
    const { server, port, release, held } = await holdingServer();
    const requests = trackRequests(server);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    await get(port, "/", agent);
    const idleSocketClosed = new Promise((resolve) => Object.values(agent.freeSockets).flat()[0]?.once("close", resolve));

    const slow = get(port, "/hold", false);
    await until(() => held() === 1);
    const stopped = requests.stop({ graceMs: 10_000 });
    expect(requests.stopping()).toBe(true);
    await idleSocketClosed;
    await expect(get(port, "/", false)).rejects.toMatchObject({ code: "ECONNREFUSED" });

    release();
    expect(await slow).toEqual({ status: 200, body: "klaar" });
    expect(await stopped).toEqual({ cutOff: 0 });
    agent.destroy();
  });

  it("cuts off what still runs when the grace is over, and says how much", async () => {
    const { server, port, held } = await holdingServer();
    const requests = trackRequests(server);
    const slow = get(port, "/hold", false);
    await until(() => held() === 1);
    expect(await requests.stop({ graceMs: 50 })).toEqual({ cutOff: 1 });
    await expect(slow).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  it("stops at once when nothing runs", async () => {
    const { server } = await holdingServer();
    expect(await trackRequests(server).stop({ graceMs: 10_000 })).toEqual({ cutOff: 0 });
  });
});
