import type { Page } from "@playwright/test";
import { TestSamlIdp } from "@/lib/testing/saml-idp";
import {
  createWorkspace,
  expect,
  expectAccessible,
  expectNoHorizontalScroll,
  expectSsoRefusal,
  screenshotEverywhere,
  signInByMail,
  test,
  toast,
  uniqueDomain,
  uniqueEmail,
  verifyDomainThroughDns,
} from "./fixtures";
import { uniqueSlug } from "./api-helpers";
import { samlIdp } from "./test-idps";

test("a refused single sign-on shows what to do and the request ID; an unknown workspace has no SP metadata", async ({ page, request }) => {
  // A link to the old sign-in problem page goes on to the one SSO error page (code and request id, no words).
  await page.goto("/sign-in/error?error=SSO_EXPIRED&requestId=req-5f2c9a");
  await expect(page).toHaveURL(/\/sso-error\?e=/);
  await expect(page.getByRole("heading", { name: "This sign-in expired" })).toBeVisible();
  await expect(page.getByText("start again", { exact: false })).toBeVisible();
  await expect(page.getByTestId("request-id")).toHaveText("req-5f2c9a");
  await expect(page.getByRole("link", { name: "Back to sign in" })).toHaveAttribute("href", "/sign-in");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await screenshotEverywhere(page, "sso-error");

  const metadata = await request.get("/sso/no-such-workspace/saml/metadata");
  expect(metadata.status()).toBe(404);
});

/** On the Security page: a SAML connection named "Test IdP" from the IdP's metadata (XML pasted, or its URL). */
async function addSamlConnection(page: Page, slug: string, metadata: { xml: string } | { url: string }, options: { idpInitiated?: boolean } = {}) {
  await page.goto(`/w/${slug}/settings/security`);
  await page.getByLabel("SAML 2.0").check();
  await page.getByLabel("Name on the sign-in button").fill("Test IdP");
  if ("xml" in metadata) await page.getByLabel("IdP metadata XML").fill(metadata.xml);
  else await page.getByLabel("IdP metadata URL").fill(metadata.url);
  if (options.idpInitiated) await page.getByLabel(/Accept sign-ins started at the IdP/).check();
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(toast(page, "SSO connection added. Test it next.")).toBeVisible();
  return { acsUrl: (await page.getByTestId("copy-ACS URL").textContent())!, entityId: (await page.getByTestId("copy-Entity ID").textContent())! };
}

test("an owner adds a SAML connection by the IdP's metadata URL; a person signs in through the bookmarkable /sso/<slug> and joins with the default role", async ({ page, browser, baseURL }) => {
  const domain = uniqueDomain("samlurl");
  const personEmail = uniqueEmail("pat", domain);
  await signInByMail(page, uniqueEmail("owner", domain));
  const slug = await createWorkspace(page, "Acme metadata URL", uniqueSlug("saml-url"));
  await verifyDomainThroughDns(page, slug, domain);
  const sp = await addSamlConnection(page, slug, { url: samlIdp.metadataUrl });
  // Read from the URL: the metadata is stored with it (shown back in the form).
  await expect(page.getByLabel("IdP metadata URL")).toHaveValue(samlIdp.metadataUrl);
  await expect(page.getByLabel("IdP metadata XML")).toHaveValue(/EntityDescriptor/);
  await samlIdp.registerServiceProvider(sp);
  await samlIdp.setUser({ email: personEmail, name: "Pat" });

  const person = await (await browser.newContext({ baseURL })).newPage();
  await person.goto(`/sso/${slug}`);
  await samlIdp.signIn(person, personEmail);
  await expect(person).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(person.getByText("Member", { exact: true })).toBeVisible();
});

test("a browser signs in at the SAML IdP (IdP-initiated): the ACS verifies it and the person lands in the workspace; refused once expired", async ({ page, browser, baseURL }) => {
  // An IdP of this test's own (a fault set on it touches no other test), which reads Roster's SP metadata from the
  // entity id of the request or tile (the metadata route of the running server).
  const domain = uniqueDomain("saml");
  const person = { email: uniqueEmail("sam", domain), password: "idp password" };
  const idp = await TestSamlIdp.start({ users: [{ ...person, name: "Sam SAML", groups: ["engineering"] }] });
  try {
    await signInByMail(page, uniqueEmail("saml-owner", domain));
    const slug = await createWorkspace(page, "Acme SAML", uniqueSlug("saml-tile"));
    await verifyDomainThroughDns(page, slug, domain);
    const { entityId } = await addSamlConnection(page, slug, { xml: idp.metadataXml() }, { idpInitiated: true });
    expect(entityId).toBe(`${baseURL}/sso/${slug}/saml/metadata`);
    const context = await browser.newContext();
    const tile = await context.newPage();
    const signInAtTile = async () => {
      await tile.goto(`${idp.url}/idp-initiated?sp=${encodeURIComponent(entityId)}`);
      await tile.getByLabel("Email").fill(person.email);
      await tile.getByLabel("Password").fill(person.password);
      await tile.getByRole("button", { name: "Sign in" }).click();
    };

    await signInAtTile();
    // Verified by the ACS, then signed in (a new user, an Auth.js session, just-in-time membership as a Member).
    await expect(tile).toHaveURL(new RegExp(`/w/${slug}$`));
    await expect(tile.getByText("Member", { exact: true })).toBeVisible();

    idp.fault = "expired";
    await signInAtTile();
    await expectSsoRefusal(tile, "This sign-in expired");
    await context.close();
  } finally {
    await idp.stop();
  }
});
