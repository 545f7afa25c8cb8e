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

/**
 * Fails when the page is wider than the window, or when a part of it (a table in an `overflow-x-auto` box) has to
 * be scrolled sideways: on a phone nothing should need a sideways swipe.
 */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth, widest, scrollingBoxes } = await page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 3).join(".")}`;
    const root = document.documentElement;
    // The element sticking out furthest, to name in the message.
    let widest = "";
    let right = root.clientWidth;
    const scrollingBoxes: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const box = el.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${describe(el)} (${Math.round(box.right)} px)`;
      }
      const overflowX = getComputedStyle(el).overflowX;
      if ((overflowX === "auto" || overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) {
        scrollingBoxes.push(`${describe(el)}: ${el.scrollWidth} px content in ${el.clientWidth} px`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest, scrollingBoxes };
  });
  expect(scrollWidth, `${label} scrolls sideways${widest ? `: ${widest}` : ""}`).toBeLessThanOrEqual(clientWidth);
  expect(scrollingBoxes, `parts of ${label} that scroll sideways`).toEqual([]);
}
