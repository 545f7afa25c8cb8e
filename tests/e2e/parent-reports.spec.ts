import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect, logInAs, test } from "./fixtures";

// Monday 23 November 2026, 09:21 and running on (playwright.config.ts). The demo parent (ouder@baken.demo) has two
// children; one is sick today already (an open report from the demo data), the other has a dentist's appointment on
// a later day. These tests report for the other one,
// whose lessons the demo teacher opens as a substitute (Les van een collega), at a phone's size.
test.use({ viewport: { width: 390, height: 844 } });

/** The child without an open sick report: its name and class, read from the parent's pages. */
async function healthyChild(page: Page): Promise<{ name: string; firstName: string; group: string }> {
  await page.goto("/ouder");
  const section = page.getByRole("region").filter({ hasText: "Open meldingen" }).filter({ hasNotText: "Ziekmelding" });
  await expect(section).toHaveCount(1);
  const name = (await section.getByRole("heading", { level: 2 }).textContent())!.trim();
  const group = (await section.getByText(/^Klas /).textContent())!.replace(/^Klas /, "").split(",")[0]!.trim();
  return { name, firstName: name.split(" ")[0]!, group };
}

/** The demo teacher as a substitute (Les van een collega): the group's lessons today and a pupil's row in a register. */
async function substitute(browser: Browser, testInfo: TestInfo, group: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await logInAs(page, testInfo, "docent");
  const list = async () => {
    await page.goto(`/docent/lessen?zoek=${encodeURIComponent(group)}`);
    await expect(page.getByRole("article").first()).toBeVisible();
  };
  return {
    /** The start times of the group's lessons today ("09:20"), in order. */
    async starts(): Promise<string[]> {
      await list();
      const texts = await page.getByRole("article").allTextContents();
      return [...new Set(texts.map((t) => /(\d\d:\d\d)–/.exec(t)?.[1]).filter((t): t is string => Boolean(t)))].sort();
    },
    /** The aria-label of the pupil's row in the register of the group's lesson that starts at `time`. */
    async row(time: string, pupil: string): Promise<string> {
      await list();
      await page.getByRole("article").filter({ hasText: `${time}–` }).first().getByRole("link").click();
      const rows = page.getByRole("list", { name: /Leerlingen van/ });
      await expect(rows).toBeVisible();
      return (await rows.getByRole("listitem").filter({ has: page.getByRole("group", { name: `Registratie voor ${pupil}`, exact: true }) }).getAttribute("aria-label"))!;
    },
    close: () => context.close(),
  };
}

test("a parent reports a child sick, the teacher's register shows it, and better from a later hour takes it off the later lessons", async ({ page, loginAs, browser }, testInfo) => {
  await loginAs("ouder");
  const child = await healthyChild(page);
  const teacher = await substitute(browser, testInfo, child.group);
  // The current lesson (the second hour, 09:20) and the group's next one after it.
  const later = (await teacher.starts()).find((t) => t > "09:20")!;
  expect(later).toBeDefined();

  await page.getByRole("link", { name: "Ziek, beter of afspraak melden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Afwezigheid melden" })).toBeVisible();
  const sickForm = page.getByRole("region", { name: "Ziek melden" });
  await sickForm.getByRole("checkbox", { name: child.name }).check();
  await expect(sickForm.getByLabel("Ziek vanaf (vandaag)")).toHaveValue("now");
  await sickForm.getByRole("radio", { name: "Alleen vandaag" }).check();
  await sickForm.getByRole("button", { name: "Ziek melden" }).click();
  await expect(sickForm.getByRole("status")).toContainText(`Ziekmelding voor ${child.firstName} ontvangen: ziek vanaf maandag 23 november 09:`);
  await expect(sickForm.getByRole("status")).toContainText("alleen die dag");

  // The teacher's register: the current lesson and the later one are pre-filled.
  expect(await teacher.row("09:20", child.name)).toMatch(new RegExp(`^${child.name}: Ziek`));
  expect(await teacher.row(later, child.name)).toMatch(new RegExp(`^${child.name}: Ziek`));

  // Better from the later lesson's hour: that lesson is no longer pre-filled; the current one stays.
  await page.reload();
  const reports = page.getByRole("region", { name: `Meldingen voor ${child.name}` });
  const betterFrom = reports.getByLabel(`${child.firstName} is weer beter vanaf`);
  const option = (await betterFrom.getByRole("option").allTextContents()).find((o) => o.includes(`(${later})`))!;
  await betterFrom.selectOption({ label: option });
  await reports.getByRole("button", { name: "Beter melden" }).click();
  await expect(reports.getByRole("status")).toContainText(`beter gemeld vanaf maandag 23 november ${later}`);
  expect(await teacher.row(later, child.name)).toBe(`${child.name}: Nog niet geregistreerd`);
  expect(await teacher.row("09:20", child.name)).toMatch(new RegExp(`^${child.name}: Ziek`));
  await teacher.close();

  await page.reload();
  await expect(reports.getByRole("button", { name: "Beter melden" })).toHaveCount(0);
  await expect(reports.getByRole("listitem").filter({ hasText: "Ziekmelding" })).toContainText(`beter gemeld vanaf maandag 23 november ${later}`);
});

test("an appointment beyond the school's days ahead is refused with the school's phone number, and nothing is stored", async ({ page, loginAs }) => {
  await loginAs("ouder");
  await page.goto("/ouder/melden");
  const form = page.getByRole("region", { name: "Afspraak melden" });
  await form.getByLabel("Waar is de afspraak?").selectOption({ label: "Tandarts" });
  await form.getByLabel("Datum").fill("2027-01-20");
  await form.getByLabel("Van").fill("10:00");
  await form.getByLabel("Tot").fill("11:00");
  await form.getByRole("button", { name: "Afspraak melden" }).click();
  await expect(form.getByRole("alert")).toHaveText(/^Online melden kan tot \d+ dagen vooruit\. Bel de school/);
  // What was typed stays, to correct; nothing was stored.
  await expect(form.getByLabel("Datum")).toHaveValue("2027-01-20");
  await page.reload();
  await expect(page.getByText(/afspraak \(tandarts\) op woensdag 20 januari/)).toHaveCount(0);
});
