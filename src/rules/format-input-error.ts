import type { z } from "zod";

function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? String(segment) : `.${String(segment)}`;
  }
  return text === "" ? "input" : text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : JSON.stringify(value);
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

/**
 * One line that names the offending field and what is wrong with it: the
 * first issue only, so that a command-line user fixes one thing at a time.
 *
 * @example formatInputError(error, input) // "lessons[3].end: must be after start"
 * @example formatInputError(error, {}) // "asOf: required" (a missing field, not "expected string, received undefined")
 */
export function formatInputError(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (issue === undefined) return "input: invalid";
  let path: readonly PropertyKey[] = issue.path;
  let message = issue.message;
  if (issue.code === "invalid_type") {
    const value = valueAt(input, path);
    message =
      value === undefined
        ? "required"
        : `must be ${EXPECTED[issue.expected] ?? issue.expected} (got ${describe(value)})`;
  } else if (issue.code === "unrecognized_keys") {
    path = [...path, issue.keys[0] ?? ""];
  }
  return `${formatPath(path)}: ${message}`;
}
