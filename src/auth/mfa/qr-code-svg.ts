import { renderSVG } from "uqr";

/** The QR code as inline SVG markup: drawn on the server, no request elsewhere, no script. */
export function qrCodeSvg(text: string): string {
  return renderSVG(text, { border: 2, ecc: "M" });
}
