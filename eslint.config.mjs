import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "src/db/generated/**", ".data/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
  {
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/db/*", "@/*", "../*/**", "server-only"], message: "src/rules is pure: no framework, database or app imports." },
      ] }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "src/rules takes settings as input, never from the environment." }],
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/rules has no clock: the evaluation date is an input." }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["src/rules/cli.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
