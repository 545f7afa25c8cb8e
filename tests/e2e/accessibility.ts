import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** A finding that belongs to another change: the rule, the CSS selector of the element, and why it may stay for now. */
export type KnownFinding = { rule: string; selector: string; why: string };

/**
 * Runs axe-core on the page as it is now and fails on every serious or critical finding, with the rule, the
 * element and axe's own explanation in the message. Minor and moderate findings are left to a person's review.
 */
export async function expectNoSeriousAccessibilityFindings(
  page: Page,
  label: string,
  { known = [], rules, include }: { known?: readonly KnownFinding[]; rules?: string[]; include?: string } = {},
): Promise<void> {
  // Legacy mode runs axe in the page itself; the default opens a second page per run to combine the results
  // of iframes, which the product has none of, and which costs seconds per page on a busy machine.
  let axe = new AxeBuilder({ page }).setLegacyMode(true);
  if (rules) axe = axe.withRules(rules);
  if (include) axe = axe.include(include);
  const results = await axe.analyze();
  const findings = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((node) => ({ rule: v.id, selector: node.target.join(" "), summary: node.failureSummary?.split("\n").slice(0, 2).join(" ") ?? v.help })))
    .filter((f) => !known.some((k) => k.rule === f.rule && f.selector === k.selector));
  expect(findings.map((f) => `${f.rule} at ${f.selector}: ${f.summary}`), `serious accessibility findings on ${label}`).toEqual([]);
}

/** Fails when the page is wider than the window: a phone should never have to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The element sticking out furthest, to name in the message.
    let widest = "";
    let right = root.clientWidth;
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const box = el.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 3).join(".")} (${Math.round(box.right)} px)`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  expect(scrollWidth, `${label} scrolls sideways${widest ? `: ${widest}` : ""}`).toBeLessThanOrEqual(clientWidth);
}
