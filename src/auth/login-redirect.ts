import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REQUEST_PATH_HEADER } from "@/http/request-path-header";

/**
 * To the log-in page, with the page that was asked for as `callbackUrl`, so
 * that a deep link opened while logged out still leads there after logging in
 * (src/auth/landing-after-login.ts decides whether it may).
 */
export async function redirectToLogin(): Promise<never> {
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(loginHref(path));
}

export function loginHref(path: string | null | undefined): string {
  return path && path !== "/" ? `/inloggen?callbackUrl=${encodeURIComponent(path)}` : "/inloggen";
}
