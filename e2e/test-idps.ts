import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

// The identity providers e2e/run-e2e.ts serves for the whole suite, driven as their admins would drive them: the
// OpenID Provider (lib/testing/oidc-provider.ts, E2E_OIDC_ISSUER) and the SAML IdP (lib/testing/saml-idp.ts,
// E2E_SAML_IDP), each with a login form Playwright fills ("Email", "Password", "Sign in").

function harnessUrl(name: "E2E_OIDC_ISSUER" | "E2E_SAML_IDP"): string {
  const url = process.env[name];
  if (!url) throw new Error(`${name} is not set: run the suite through e2e/run-e2e.ts, which starts the test identity providers`);
  return url;
}

async function post(url: string, body: unknown) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status, `${url}: ${res.status}`).toBeLessThan(300);
  return res;
}

export const oidcIdp = {
  get issuer() {
    return harnessUrl("E2E_OIDC_ISSUER");
  },
  /** Adds a person (password "password"), or with `remove` deletes their account. */
  async setPerson(person: { email: string; groups?: string[] } | { email: string; remove: true }) {
    await post(`${this.issuer}/test-admin/people`, "remove" in person ? person : { ...person, name: person.email.split("@")[0] });
  },
  /** Registers a confidential client for the redirect URI (dynamic client registration). */
  async registerClient(redirectUri: string): Promise<{ client_id: string; client_secret: string }> {
    const res = await post(`${this.issuer}/reg`, { redirect_uris: [redirectUri], response_types: ["code"], grant_types: ["authorization_code"] });
    return (await res.json()) as { client_id: string; client_secret: string };
  },
  /** On the IdP's login form: signs in as `email`. */
  async signIn(page: Page, email: string) {
    await expect(page.getByRole("heading", { name: "Test IdP" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("password");
    await page.getByRole("button", { name: "Sign in" }).click();
  },
};

export const SAML_PASSWORD = "saml password";

export const samlIdp = {
  get url() {
    return harnessUrl("E2E_SAML_IDP");
  },
  get metadataUrl() {
    return `${this.url}/metadata`;
  },
  async metadataXml(): Promise<string> {
    const res = await fetch(this.metadataUrl);
    expect(res.status).toBe(200);
    return res.text();
  },
  /** Adds a person (password SAML_PASSWORD) with their groups, or with `remove` deletes their account. */
  async setUser(user: { email: string; name?: string; groups?: string[] } | { email: string; remove: true }) {
    await post(`${this.url}/test-admin/users`, "remove" in user ? user : { password: SAML_PASSWORD, ...user });
  },
  /** The IdP admin's step: a new SAML application with the SP's entity id and ACS URL (as typed into Okta or Entra ID). */
  async registerServiceProvider(sp: { entityId: string; acsUrl: string }) {
    await post(`${this.url}/test-admin/service-providers`, sp);
  },
  /** On the IdP's login form: signs in as `email`; the IdP then posts its response to Roster's ACS. */
  async signIn(page: Page, email: string, password = SAML_PASSWORD) {
    await expect(page.getByRole("heading", { name: "Sign in to Test IdP" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  },
};
