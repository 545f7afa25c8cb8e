"use client";

import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/inloggen" })}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 underline-offset-2 hover:underline focus:outline-none focus:ring-2 focus:ring-blue-700">
      Uitloggen
    </button>
  );
}
