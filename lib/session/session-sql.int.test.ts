import { afterAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { closeDb, executeRows, getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { makeUser, unique } from "@/lib/testing/factories";
import { SESSION_USER_COLUMNS, sessionUserCtes, type SessionUserRow } from "./session-sql";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-token";

afterAll(() => closeDb());

const DAY = 24 * 60 * 60 * 1000;

async function sessionWith(expires: Date) {
  const user = await makeUser("Sam Session");
  const token = `test-${unique()}`;
  const db = await getDb();
  await db.insert(sessions).values({ sessionToken: token, userId: user.id, expires });
  return { user, token };
}

async function read(token: string) {
  const db = await getDb();
  return executeRows<SessionUserRow>(db, sql`with ${sessionUserCtes(token)} select ${SESSION_USER_COLUMNS} from signed_in`);
}

async function expiresOf(token: string) {
  const db = await getDb();
  const [row] = await db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.sessionToken, token));
  return row.expires;
}

// The session read every page and action starts from (getCurrentUser, loadPageContext).
describe("the session read", () => {
  it("finds the user of a live session and leaves a recently extended session alone", async () => {
    const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 - DAY / 2);
    const { user, token } = await sessionWith(expires);
    expect(await read(token)).toEqual([{ id: user.id, name: "Sam Session", email: user.email, image: null, avatarVersion: null }]);
    expect((await expiresOf(token)).getTime()).toBe(expires.getTime());
  });

  it("carries the avatar's version, which the header's avatar URL needs", async () => {
    const { user, token } = await sessionWith(new Date(Date.now() + DAY));
    const db = await getDb();
    await db.update(users).set({ avatarVersion: "v-test" }).where(eq(users.id, user.id));
    expect((await read(token)).map((r) => r.avatarVersion)).toEqual(["v-test"]);
  });

  it("extends a session last extended more than a day ago, as Auth.js does", async () => {
    const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 - SESSION_UPDATE_AGE_SECONDS * 1000 - DAY);
    const { user, token } = await sessionWith(expires);
    expect((await read(token)).map((r) => r.id)).toEqual([user.id]);
    expect((await expiresOf(token)).getTime()).toBeGreaterThan(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 - 60_000);
  });

  it("an expired session or an unknown token is signed out, and an expired session is not extended", async () => {
    const expired = new Date(Date.now() - 1000);
    const { token } = await sessionWith(expired);
    expect(await read(token)).toEqual([]);
    expect((await expiresOf(token)).getTime()).toBe(expired.getTime());
    expect(await read(`test-${unique()}`)).toEqual([]);
  });
});
