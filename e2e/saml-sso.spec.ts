import type { Browser, BrowserContext, Page } from "@playwright/test";
import {
  acceptEmailInvitation,
  createWorkspace,
  expect,
  expectAccessible,
  expectSsoRefusal,
  inviteByEmail,
  mailCount,
  memberRow,
  screenshotFullPageEverywhere as shoot,
  signInByMail,
  test,
  toast,
  uniqueDomain,
  uniqueEmail,
  verifyDomainThroughDns,
} from "./fixtures";
import { uniqueSlug } from "./api-helpers";
import { samlIdp } from "./test-idps";

/** A signed-out browser that enters `email` on /sign-in and is offered the IdP. */
async function signInPage(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  return page;
}

// One company's SAML journey through the product's pages, in steps that each stay well inside the test timeout; a
// step reuses the owner's session. The IdP (e2e/run-e2e.ts) answers only SPs its admin registered.
test.describe.configure({ mode: "serial" });

const domain = uniqueDomain("saml");
const ownerEmail = uniqueEmail("owner", domain);
const memberEmail = uniqueEmail("member", domain);
const newcomerEmail = uniqueEmail("newcomer", domain);
let slug = "";
let ownerState: Awaited<ReturnType<BrowserContext["storageState"]>>;

async function ownerPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, storageState: ownerState })).newPage();
  await page.goto(`/w/${slug}/settings/security`);
  return page;
}

test("SAML: an owner verifies the company's domain through DNS on the Domains tab; a member at it joins by invitation", async ({ page, browser }) => {
  await signInByMail(page, ownerEmail);
  slug = await createWorkspace(page, "Acme SAML", uniqueSlug("acme-saml"));
  await verifyDomainThroughDns(page, slug, domain);
  await inviteByEmail(page, slug, [memberEmail], "member");
  await acceptEmailInvitation(browser, memberEmail, slug);
  ownerState = await page.context().storageState();
});

test("SAML: the owner adds a connection from the IdP's metadata XML; the IdP admin registers the SP values shown", async ({ browser, baseURL }) => {
  await samlIdp.setUser({ email: ownerEmail, name: "Olive Owner" });
  await samlIdp.setUser({ email: newcomerEmail, name: "Nia Newcomer", groups: ["staff", "roster-admins"] });
  const page = await ownerPage(browser, baseURL);
  await page.getByLabel("SAML 2.0").check();
  await page.getByLabel("Name on the sign-in button").fill("Acme IdP");
  await page.getByLabel("IdP metadata XML").fill(await samlIdp.metadataXml());
  await page.getByRole("button", { name: "Add group mapping" }).click();
  await page.getByLabel("Group 1", { exact: true }).fill("roster-admins");
  await page.getByLabel("Role 1", { exact: true }).selectOption("manager");
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(toast(page, "SSO connection added. Test it next.")).toBeVisible();
  await expect(page.getByText("SAML 2.0", { exact: true }).first()).toBeVisible();
  await expect(page.getByLabel("Require SSO")).toBeDisabled();
  const read = page.getByLabel("Read from the IdP metadata");
  await expect(read).toContainText(samlIdp.metadataUrl);
  await expect(read).toContainText(`${samlIdp.url}/sso`);

  // The values for the IdP admin, as shown: the IdP's new application is set up with them.
  const acsUrl = (await page.getByTestId("copy-ACS URL").textContent())!;
  const entityId = (await page.getByTestId("copy-Entity ID").textContent())!;
  expect(acsUrl).toBe(`${baseURL}/sso/${slug}/saml/acs`);
  expect(entityId).toBe(`${baseURL}/sso/${slug}/saml/metadata`);
  await expect(page.getByTestId("copy-SP metadata URL")).toHaveText(entityId);
  const spMetadata = await page.request.get(entityId);
  expect(await spMetadata.text()).toContain(`Location="${acsUrl}"`);
  await samlIdp.registerServiceProvider({ entityId, acsUrl });
  await expectAccessible(page);
  await shoot(page, "security-saml");
});

test("SAML: Test connection signs the owner in at the IdP in a popup and shows the claims; then the owner requires SSO", async ({ browser, baseURL }) => {
  const page = await ownerPage(browser, baseURL);
  const popupPromise = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Test connection" }).click();
  const popup = await popupPromise;
  await samlIdp.signIn(popup, ownerEmail);
  await expect(popup.getByRole("heading", { name: "The connection works" })).toBeVisible();
  const claims = popup.getByLabel("Claims received");
  await expect(claims).toContainText(ownerEmail);
  await expect(claims).toContainText("Olive Owner");
  await expect(claims).toContainText("Member");
  await expectAccessible(popup);
  await shoot(popup, "saml-test-result");
  await popup.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("sso-tested")).toContainText("Last passed");

  await page.getByLabel("Require SSO").check();
  await page.getByLabel("Break-glass owner").selectOption({ label: ownerEmail });
  await page.getByRole("button", { name: "Save enforcement" }).click();
  // The member signed in by email link before: that session ends (the owner's, break-glass and acting, stays).
  await expect(toast(page, "SSO is now required. 1 session signed in another way ended.")).toBeVisible();
  await expect(page.getByText("Required", { exact: true })).toBeVisible();
  await shoot(page, "security-saml-required");
});

test("SAML: a new person at the domain is sent to the IdP from /sign-in and joins with the role their group maps to; a member gets no email link", async ({ browser, baseURL }) => {
  const newPage = await signInPage(browser, baseURL, newcomerEmail);
  const offer = newPage.getByTestId("sso-offer");
  await expect(offer).toContainText(`${newcomerEmail} signs in through Acme IdP: Acme SAML requires single sign-on.`);
  await expect(offer.getByRole("button", { name: /sign-in link instead/ })).toHaveCount(0);
  await expectAccessible(newPage);
  await shoot(newPage, "sign-in-saml-required");
  await newPage.getByRole("link", { name: "Continue with Acme IdP" }).click();
  await samlIdp.signIn(newPage, newcomerEmail);
  await expect(newPage).toHaveURL(new RegExp(`/w/${slug}$`));
  const mine = (await (await newPage.request.get("/api/me/workspaces")).json()) as { workspaces: { slug: string; role: string }[] };
  expect(mine.workspaces.find((w) => w.slug === slug)?.role).toBe("manager");
  expect(await mailCount(newPage.request, newcomerEmail)).toBe(0);

  const memberSignIn = await signInPage(browser, baseURL, memberEmail);
  const mailsBefore = await mailCount(memberSignIn.request, memberEmail);
  await expect(memberSignIn.getByTestId("sso-offer")).toContainText("requires single sign-on");
  await expect(memberSignIn.getByRole("link", { name: "Continue with Acme IdP" })).toBeVisible();
  const { csrfToken } = (await (await memberSignIn.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const direct = await memberSignIn.request.post("/api/auth/signin/email", { form: { email: memberEmail, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  expect(direct.headers()["location"]).toContain("error=AccessDenied");
  expect(await mailCount(memberSignIn.request, memberEmail)).toBe(mailsBefore);
});

test("SAML: removed at the IdP, a person's next sign-in fails there", async ({ browser, baseURL }) => {
  await samlIdp.setUser({ email: newcomerEmail, remove: true });
  const removed = await signInPage(browser, baseURL, newcomerEmail);
  await removed.getByRole("link", { name: "Continue with Acme IdP" }).click();
  await samlIdp.signIn(removed, newcomerEmail);
  await expect(removed.getByRole("heading", { name: "Sign-in failed" })).toBeVisible();
  await expect(removed.getByRole("alert")).toHaveText("Unknown user or wrong password.");
});

test("SAML: the connection turned off, a sign-in under way is refused and writes nothing", async ({ browser, baseURL }) => {
  // A person the IdP knows, at its login form when the owner turns the connection off.
  const lateEmail = uniqueEmail("late", domain);
  await samlIdp.setUser({ email: lateEmail });
  const late = await signInPage(browser, baseURL, lateEmail);
  await late.getByRole("link", { name: "Continue with Acme IdP" }).click();
  await expect(late.getByRole("heading", { name: "Sign in to Test IdP" })).toBeVisible();
  const page = await ownerPage(browser, baseURL);
  await page.getByRole("button", { name: "Turn off SSO" }).click();
  await expect(toast(page, "SSO connection turned off.")).toBeVisible();
  await samlIdp.signIn(late, lateEmail);
  await expectSsoRefusal(late, /Single sign-on is (turned off|disabled)/, /owner/);
  await expectAccessible(late);
  await shoot(late, "saml-refused-turned-off");
  expect((await late.request.get("/api/me/workspaces")).status()).toBe(401);
  await page.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(page, ownerEmail)).toBeVisible();
  await expect(memberRow(page, lateEmail)).toHaveCount(0);

  await late.goto(`/sso/${slug}`);
  await expectSsoRefusal(late, /Single sign-on is (turned off|disabled)/);
});
