import "server-only";
import { AppError } from "@/errors/app-error";
import { UPLOAD_BODY_LIMIT } from "./body-limits";
import { readLimitedBody } from "./read-limited-body";
import { checkApiRequest } from "./read-api-input";
import { isUnsafeText } from "./unsafe-text";

export type UploadForm = { fields: Record<string, string>; files: { field: string; file: File }[] };

/**
 * SECURITY-CRITICAL: the one reader of a form with files (decision 126), the
 * upload's counterpart of `readApiInput`: same origin only (403), a
 * multipart/form-data body only (415), at most `limit` bytes counted while
 * reading, whatever Content-Length says (413), no NUL character in any field
 * name or text value (400, naming the field). Files are returned as they came;
 * what they are (their magic bytes) and how large each may be is the use
 * case's to check.
 */
export async function readUploadForm(request: Request, { limit = UPLOAD_BODY_LIMIT, publicOrigin = null }: { limit?: number; publicOrigin?: string | null } = {}): Promise<UploadForm> {
  checkApiRequest(request, {}, { publicOrigin });
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "multipart/form-data") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Dit formulier moet als multipart/form-data worden verstuurd.");
  const body = await readLimitedBody(request, limit, () => tooLarge(limit));
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new AppError("INVALID_INPUT", "Het formulier kon niet worden gelezen. Probeer het opnieuw.");
  }
  const fields: Record<string, string> = {};
  const files: UploadForm["files"] = [];
  for (const [name, value] of form.entries()) {
    if (isUnsafeText(name)) throw new AppError("INVALID_INPUT", UNSAFE, { _: ["Bevat een ongeldig teken."] });
    if (typeof value === "string") {
      if (isUnsafeText(value)) throw new AppError("INVALID_INPUT", UNSAFE, { [name]: ["Bevat een teken dat niet kan worden opgeslagen."] });
      fields[name] = value;
    } else if (value.size > 0 || value.name !== "") {
      files.push({ field: name, file: value });
    }
  }
  return { fields, files };
}

const UNSAFE = "Een veld bevat een teken dat niet kan worden opgeslagen (een NUL-teken of een ongeldig teken). Haal het weg en probeer het opnieuw.";

function tooLarge(limit: number): AppError {
  return new AppError("TOO_LARGE", `Dit formulier is te groot (meer dan ${Math.floor(limit / 1024 / 1024)} MB samen). Stuur kleinere bestanden mee.`);
}
