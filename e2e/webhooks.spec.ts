import { createServer, type IncomingHttpHeaders } from "node:http";
import { Webhook } from "standardwebhooks";
import { createWorkspace, expect, expectAccessible, expectNoHorizontalScroll, screenshotEverywhere, signInByMail, test, uniqueEmail } from "./fixtures";

type Received = { headers: IncomingHttpHeaders; body: string };

/** A receiver on 127.0.0.1 in the test process: what Roster's server POSTs to it. */
async function startReceiver() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks/roster`, received, close: () => new Promise((r) => server.close(r)) };
}

const verified = (secret: string, r: Received) => {
  try {
    return new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { type: string; id: string };
  } catch {
    return null;
  }
};

test("an owner adds a webhook endpoint, sends a test event, sees it in the delivery log, resends it and rotates the secret", async ({ page }) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  try {
    await signInByMail(page, uniqueEmail("webhooks-owner"));
    const slug = await createWorkspace(page, "Hooked");
    await page.goto(`/w/${slug}/settings/general`);
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/webhooks$`));
    await expect(page.getByText("No endpoints yet.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a webhook endpoint" });
    await dialog.getByLabel("URL").fill(receiver.url);
    await dialog.getByLabel("Description (optional)").fill("CRM sync");
    await dialog.getByLabel("Chosen events").check();
    await dialog.getByRole("checkbox", { name: /member\.role_changed/ }).check();
    await screenshotEverywhere(page, "webhooks-add-endpoint");
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    const secretField = page.getByTestId("new-webhook-secret");
    await expect(secretField).toHaveValue(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const secret = await secretField.inputValue();
    await screenshotEverywhere(page, "webhooks-secret-shown-once");
    await page.getByRole("button", { name: "Done" }).click();

    const endpoint = page.getByTestId("webhook-endpoint");
    await expect(endpoint).toContainText(receiver.url);
    await expect(endpoint).toContainText("1 event type");
    await screenshotEverywhere(page, "webhooks-settings");
    await page.setViewportSize({ width: 375, height: 812 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    await endpoint.click();
    await expect(page.getByRole("heading", { name: "Delivery log" })).toBeVisible();
    await expect(page.getByText("Nothing sent yet.")).toBeVisible();
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(1);
    const first = verified(secret, receiver.received[0]);
    expect(first?.type).toBe("webhook.test");

    const delivery = page.getByTestId("webhook-delivery");
    await expect(async () => {
      await page.reload();
      await expect(delivery).toContainText("Delivered · 200", { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(delivery).toContainText("webhook.test");
    await expect(delivery).toContainText("1 attempt");
    await expectAccessible(page);
    await screenshotEverywhere(page, "webhooks-delivery-log");
    await page.setViewportSize({ width: 375, height: 812 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    await delivery.getByRole("button", { name: "Resend webhook.test" }).click();
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(2);
    expect(receiver.received[1].headers["webhook-id"]).toBe(receiver.received[0].headers["webhook-id"]);
    await expect(async () => {
      await page.reload();
      await expect(delivery).toContainText("2 attempts", { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await delivery.getByText("Attempts and payload").click();
    await expect(delivery.getByTestId("webhook-attempt")).toHaveCount(2);

    await page.getByRole("button", { name: "Rotate secret" }).click();
    const rotate = page.getByRole("dialog", { name: "Rotate the signing secret?" });
    await rotate.getByLabel("Overlap").selectOption("24");
    await rotate.getByRole("button", { name: "Rotate secret" }).click();
    const rotatedField = page.getByTestId("rotated-webhook-secret");
    await expect(rotatedField).toHaveValue(/^whsec_/);
    const rotated = await rotatedField.inputValue();
    expect(rotated).not.toBe(secret);
    await screenshotEverywhere(page, "webhooks-secret-rotated");
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.getByText(/previous one also signs until/)).toBeVisible();

    // During the overlap a test event verifies with either secret.
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(3);
    expect(verified(secret, receiver.received[2])?.type).toBe("webhook.test");
    expect(verified(rotated, receiver.received[2])?.type).toBe("webhook.test");
  } finally {
    await receiver.close();
  }
});
