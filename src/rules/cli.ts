import { evaluatePupil } from "./evaluate-pupil";
import { formatInputError } from "./format-input-error";
import { ZRulesInputSchema } from "./rules-input-schema";

/*
 * `npm run --silent rules:evaluate < input.json`: the Output JSON on stdout and
 * nothing else. Invalid input: exit code 2 and one line on stderr naming the
 * field. Any other failure: exit code 1 and one line, never a stack trace.
 */

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function fail(code: number, message: string): void {
  process.stderr.write(`${message.replace(/\s*\n\s*/g, " ")}\n`);
  process.exitCode = code;
}

async function main(): Promise<void> {
  const text = await readStdin();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(2, `input: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const parsed = ZRulesInputSchema.safeParse(json);
  if (!parsed.success) {
    fail(2, formatInputError(parsed.error, json));
    return;
  }
  process.stdout.write(`${JSON.stringify(evaluatePupil(parsed.data), null, 2)}\n`);
}

main().catch((error: unknown) => {
  fail(1, `rules: ${error instanceof Error ? error.message : String(error)}`);
});
