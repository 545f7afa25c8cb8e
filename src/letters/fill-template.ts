import { PLACEHOLDERS, type TLetterValues, type TPlaceholder } from "./placeholders";

// `{{ name }}`: spaces inside the braces are allowed, nesting is not.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * What is wrong with the placeholders of a template text, in words for the
 * person editing it, or an empty list. Names the unknown placeholder, so the
 * typo can be found.
 *
 * @example templateProblems("Beste {{ouders.naam}}") // ["Onbekende invulplek {{ouders.naam}}: kies er een uit de lijst."]
 */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!(name in PLACEHOLDERS)) problems.push(`Onbekende invulplek {{${name}}}: kies er een uit de lijst.`);
  }
  // Whatever is left of "{{" or "}}" once the placeholders are removed is a broken one.
  const rest = text.replace(PLACEHOLDER, "");
  if (rest.includes("{{") || rest.includes("}}")) problems.push("Er staat een {{ zonder }} (of andersom): schrijf een invulplek als {{leerling.naam}}.");
  return [...new Set(problems)];
}

/**
 * Fills a checked template. Returns the text and the placeholders used
 * without a value (no DUO report to name, no school phone), so the caller can
 * refuse rather than send a letter with a hole in it.
 *
 * @example fillTemplate("Beste {{leerling.voornaam}}", values) // { text: "Beste Sanne", missing: [] }
 */
export function fillTemplate(text: string, values: TLetterValues): { text: string; missing: TPlaceholder[] } {
  const missing = new Set<TPlaceholder>();
  const filled = text.replace(PLACEHOLDER, (whole, raw: string) => {
    if (!(raw in PLACEHOLDERS)) return whole; // refused on save; left visible rather than dropped silently
    const name = raw as TPlaceholder;
    const value = values[name];
    if (value === null) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing: [...missing] };
}
