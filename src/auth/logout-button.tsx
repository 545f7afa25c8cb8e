"use client";

import { useSyncExternalStore } from "react";
import { signOut } from "next-auth/react";

const noSubscription = () => () => {};

export function LogoutButton() {
  // Server HTML and the first render: false; once React runs in the browser: true. Until then a tap
  // would do nothing (the click handler is not attached yet), so the button says it is not ready.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <button type="button" disabled={!hydrated} onClick={() => signOut({ callbackUrl: "/inloggen" })}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 underline-offset-2 hover:underline focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:cursor-wait">
      Uitloggen
    </button>
  );
}
