import { readFile } from "node:fs/promises";
import { expect, expectAccessible, expectNoHorizontalScroll, screenshotEverywhere, signIn, test, uniqueEmail } from "./fixtures";
import { api, closeSecretDialog, createTokenInDialog, createWorkspace } from "./api-helpers";

test("the activity log filters by date and target, exports the filtered events and verifies its hash chain", async ({ page }) => {
  await signIn(page, uniqueEmail("exporter"));
  const slug = await createWorkspace(page, "export");
  await page.goto(`/w/${slug}/settings/tokens`);
  const secret = await createTokenInDialog(page, { name: "export bot", role: "Owner" });
  await closeSecretDialog(page);
  for (const displayName of ["First name", "Second name"]) expect((await api(page.request, secret).patch("/api/v1/workspace", { displayName })).status()).toBe(200);

  await page.goto(`/w/${slug}/settings/activity`);
  const rows = page.getByTestId("activity-row");
  await expect(rows).toHaveCount(4);

  // Dates are UTC days; a range after today holds nothing, today's holds everything.
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("From").fill(tomorrow);
  await expect(page).toHaveURL(new RegExp(`from=${tomorrow}`));
  await expect(page.getByText("No activity matches these filters.")).toBeVisible();
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To").fill(today);
  await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`));
  await expect(rows).toHaveCount(4);

  // The target search: the token's name is the target of "Created an API token".
  await page.getByLabel("Target").fill("export bot");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=export\+bot/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Created an API token");
  await page.getByLabel("Target").fill("");
  await page.getByLabel("Target").press("Enter");
  await expect(rows).toHaveCount(4);
  await expect(page).not.toHaveURL(/q=/);

  // Export the filtered events: NDJSON, then CSV, as downloads.
  await page.getByLabel("Format").selectOption("ndjson");
  const [ndjson] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  expect(ndjson.suggestedFilename()).toBe(`activity-${slug}-${today}.ndjson`);
  const events = (await readFile((await ndjson.path())!, "utf8")).trim().split("\n").map((line) => JSON.parse(line) as { action: string; seq: number });
  expect(events.map((e) => e.action)).toEqual(["workspace.created", "token.created", "workspace.renamed", "workspace.renamed"]);
  expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  await page.getByLabel("Format").selectOption("csv");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  expect(csv.suggestedFilename()).toBe(`activity-${slug}-${today}.csv`);
  const lines = (await readFile((await csv.path())!, "utf8")).split("\r\n");
  expect(lines[0]).toBe("id,seq,created_at,action,actor_type,actor_id,actor_label,target_type,target_id,target_label,metadata,prev_hash,hash");
  expect(lines).toHaveLength(6);
  // A download is not a navigation: no loading bar waits for a page that never comes.
  // (Counted at once: the bar would have shown on the click, long before the download arrived.)
  expect(await page.getByTestId("page-loading").count()).toBe(0);

  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("chain-status")).toHaveText("The log is intact: 4 events verified.");
  await expectAccessible(page);
  await page.mouse.move(0, 0);
  await screenshotEverywhere(page, "activity-export", async () => {
    await expectNoHorizontalScroll(page);
  });
});
