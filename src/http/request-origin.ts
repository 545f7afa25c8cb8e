/**
 * Our origin as the browser sees it, from the request's own headers: `Host`
 * (or `X-Forwarded-Host` from the HTTPS proxy in front of the app; Next.js
 * also sets it) and `X-Forwarded-Proto`. A browser cannot forge these on a
 * cross-site request, which is what the checks that use this guard against.
 *
 * @example
 * requestOrigin(new Headers({ host: "app.school.nl", "x-forwarded-proto": "https" })) //=> "https://app.school.nl"
 */
export function requestOrigin(headers: Headers): string {
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host")) ?? "localhost";
  const protocol = firstValue(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return `${protocol}://${host.toLowerCase()}`;
}

function firstValue(header: string | null): string | undefined {
  const value = header?.split(",")[0]?.trim();
  return value ? value : undefined;
}
