import { expect, test } from "./fixtures";

test.describe("the coordinator's morning check", () => {
  test("resolves a pupil's unknown absence after a call, in one step for the whole day", async ({ page, loginAs }) => {
    await loginAs("verzuim");
    const calls = page.getByRole("region", { name: "Nabellen: afwezig zonder bekende reden" }).getByRole("listitem").filter({ has: page.getByRole("combobox") });
    const before = await calls.count();
    expect(before).toBeGreaterThan(0);
    const pupil = (await calls.first().getByRole("link").first().textContent())!;
    // Found by name: once recorded, the row shows the outcome instead of the form.
    const call = page.getByRole("region", { name: "Nabellen: afwezig zonder bekende reden" }).getByRole("listitem").filter({ hasText: pupil }).first();
    await call.getByRole("combobox").selectOption({ label: "Ziek" });
    await call.getByRole("button", { name: "Vastleggen" }).click();
    await expect(call.getByRole("status")).toHaveText(/^Vastgelegd als ‘Ziek’ \(\d+ less?en?\)\.$/);
    await page.reload();
    await expect(calls.filter({ hasText: pupil })).toHaveCount(0);
  });

  test("refuses to record a call without an outcome", async ({ page, loginAs }) => {
    await loginAs("verzuim");
    const call = page.getByRole("region", { name: "Nabellen: afwezig zonder bekende reden" }).getByRole("listitem").filter({ has: page.getByRole("combobox") }).last();
    await call.getByRole("combobox").evaluate((select: HTMLSelectElement) => select.removeAttribute("required"));
    await call.getByRole("button", { name: "Vastleggen" }).click();
    await expect(call.getByText("Kies wat het gesprek opleverde.")).toBeVisible();
  });

  test("sends a teacher a reminder about lessons nobody registered", async ({ page, loginAs }) => {
    await loginAs("verzuim");
    const region = page.getByRole("region", { name: "Lessen die niemand registreerde" });
    const button = region.getByRole("button", { name: /^Herinnering sturen aan / }).first();
    const teacher = (await button.getAttribute("aria-label") ?? (await button.textContent()) ?? "").replace(/^Herinnering sturen aan /, "");
    await button.click();
    await expect(region.getByRole("status").first()).toContainText("staat in de app");
    // Its accessible name starts with the words it shows, also once the teacher has been reminded.
    await page.reload();
    await expect(region.getByRole("button", { name: `Nogmaals herinneren aan ${teacher}`, exact: true })).toBeVisible();
  });

  test("is closed to a teacher, and the queue shows a mentor only their own groups", async ({ page, loginAs }) => {
    await loginAs("docent");
    expect((await page.goto("/verzuim"))?.status()).toBe(403);
    expect((await page.goto("/verzuim/signalen"))?.status()).toBe(403);
  });
});
