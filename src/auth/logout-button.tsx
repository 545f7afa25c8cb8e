"use client";

import { useSyncExternalStore } from "react";
import { signOut } from "next-auth/react";

const noSubscription = () => () => {};

/**
 * next-auth ends the session (its row is revoked, src/auth/auth-options.ts) and clears the cookie; then to
 * the log-in page of the address the browser is on. next-auth's own redirect would use its configured base
 * URL (http://localhost:3000 when the site is opened under another name).
 */
export async function logOut(): Promise<void> {
  await signOut({ redirect: false }).catch(() => {});
  // A full page load, so that nothing of the ended session stays in the browser's memory.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/inloggen");
}

export function LogoutButton() {
  // Server HTML and the first render: false; once React runs in the browser: true. Until then a tap
  // would do nothing (the click handler is not attached yet), so the button says it is not ready.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <button type="button" disabled={!hydrated} onClick={logOut}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 underline-offset-2 hover:underline focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:cursor-wait">
      Uitloggen
    </button>
  );
}
