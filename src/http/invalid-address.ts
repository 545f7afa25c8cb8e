import { NextResponse } from "next/server";

/**
 * A NUL byte, raw or as %00. PostgreSQL refuses it in text ("invalid byte
 * sequence"), so a search term or id with one would otherwise reach a query
 * and end as a 500; nothing that we link to contains one.
 */
export function hasNulByte(text: string): boolean {
  return text.includes("\u0000") || /%00/i.test(text);
}

/** 400 for an address with a NUL byte: a short Dutch page, without script or style. */
export function invalidAddressResponse(headers: Record<string, string>): NextResponse {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ongeldig adres · Aanwezig</title></head><body><main><h1>Ongeldig adres</h1><p>Dit adres bevat een teken dat hier niet kan. Controleer het adres, of ga naar de <a href="/">startpagina</a>.</p></main></body></html>`;
  return new NextResponse(html, { status: 400, headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
