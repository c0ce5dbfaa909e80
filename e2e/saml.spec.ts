import postgres from "postgres";
import { parseIdpMetadata } from "@/lib/sso/saml/parse-idp-metadata";
import { TestSamlIdp } from "@/lib/testing/saml-idp";
import { createWorkspace, expect, expectAccessible, expectNoHorizontalScroll, newPerson, screenshotEverywhere, test, uniqueEmail } from "./fixtures";

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

test("a browser signs in at the SAML IdP (IdP-initiated): the ACS verifies it and the person lands in the workspace; refused once expired", async ({ browser, baseURL }) => {
  test.skip(!process.env.DATABASE_URL, "needs the PostgreSQL pass (the test writes the connection into the server's database)");
  const domain = `saml-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}.example`;
  const owner = await newPerson(browser, "saml-owner", domain);
  const slug = await createWorkspace(owner.page, "Acme SAML");
  const person = { email: uniqueEmail("sam", domain), password: "idp password" };
  const idp = await TestSamlIdp.start({ users: [{ ...person, name: "Sam SAML", groups: ["engineering"] }] });
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    // The Security settings page creates connections (another part of the issue); here the row is written directly.
    const idpMetadata = parseIdpMetadata(idp.metadataXml());
    await sql`insert into sso_connections (workspace_id, protocol, display_name, saml_idp_entity_id, saml_idp_sso_url, saml_idp_certificates, saml_allow_idp_initiated)
      select id, 'saml', 'Test IdP', ${idpMetadata.entityId}, ${idpMetadata.ssoUrl}, array[${idpMetadata.certificates[0]}::text], true from workspaces where slug = ${slug}`;
    // The company's domain, verified through DNS (e2e/domains.spec.ts walks that journey in the browser).
    await sql`insert into workspace_domains (workspace_id, domain, verification_method, verification_token, verified_at, last_checked_at)
      select id, ${domain}, 'dns', 'e2e', now(), now() from workspaces where slug = ${slug}`;
    // The IdP reads Roster's SP metadata from its entity id (the metadata route of the running server).
    const entityId = `${baseURL}/sso/${slug}/saml/metadata`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const signInAtTile = async () => {
      await page.goto(`${idp.url}/idp-initiated?sp=${encodeURIComponent(entityId)}`);
      await page.getByLabel("Email").fill(person.email);
      await page.getByLabel("Password").fill(person.password);
      await page.getByRole("button", { name: "Sign in" }).click();
    };

    await signInAtTile();
    // Verified by the ACS, then signed in (a new user, an Auth.js session, just-in-time membership as a Member).
    await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
    await expect(page.getByText("Member", { exact: true })).toBeVisible();

    idp.fault = "expired";
    await signInAtTile();
    await expect(page).toHaveURL(/\/sso-error\?e=/);
    await expect(page.getByRole("heading", { name: "This sign-in expired" })).toBeVisible();
    await expect(page.getByTestId("request-id")).not.toBeEmpty();
    await context.close();
  } finally {
    await sql.end();
    await idp.stop();
    await owner.context.close();
  }
});
