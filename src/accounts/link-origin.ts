import "server-only";
import { headers } from "next/headers";
import { publicOrigin } from "@/http/public-origin";
import { requestOrigin } from "@/http/request-origin";

/** Where links in e-mails point: PUBLIC_URL, else the address the administrator's browser uses. */
export async function linkOrigin(): Promise<string> {
  return publicOrigin() ?? requestOrigin(await headers());
}
