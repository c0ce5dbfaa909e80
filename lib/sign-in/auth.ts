import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { githubClient } from "@/lib/auto-join/github-client";
import { getEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { SignInEmail } from "@/lib/mail/templates/sign-in-email";
import { getAuthSecret } from "./auth-secret";
import { canSignIn } from "./can-sign-in";
import { createUser } from "@/lib/users/create-user";
import { emailAddressSchema } from "@/lib/users/email-address";
import { safeRedirectUrl } from "./safe-callback-url";
import { withSignInLinkLimits } from "./with-sign-in-link-limits";

const SIGN_IN_LINK_HOURS = 24;

export function githubSignInEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET);
}

async function buildConfig(): Promise<NextAuthConfig> {
  const env = getEnv();
  const db = await getDb();
  const adapter = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    adapter: { ...adapter, createUser },
    secret: getAuthSecret(),
    trustHost: true,
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: SIGN_IN_LINK_HOURS * 60 * 60,
        normalizeIdentifier: (identifier: string) => {
          const parsed = emailAddressSchema.safeParse(identifier);
          if (!parsed.success) throw new Error("Invalid email address");
          return parsed.data;
        },
        async sendVerificationRequest({ identifier, url }) {
          const { host } = new URL(url);
          await sendMail({
            to: identifier,
            subject: "Your Roster sign-in link",
            body: SignInEmail({ url, host, expiresInHours: SIGN_IN_LINK_HOURS }),
          });
        },
      },
      ...(githubSignInEnabled()
        ? [
            GitHub({
              clientId: env.AUTH_GITHUB_ID,
              clientSecret: env.AUTH_GITHUB_SECRET,
              // GitHub's web address (GITHUB_URL) and API (GITHUB_API_URL), each its own setting: GitHub Enterprise Server
              // and the tests' local GitHub. The provider's `enterprise` option would tie the API to <web>/api/v3.
              issuer: `${env.GITHUB_URL}/login/oauth`,
              authorization: { url: `${env.GITHUB_URL}/login/oauth/authorize`, params: { scope: "read:user user:email read:org" } },
              token: `${env.GITHUB_URL}/login/oauth/access_token`,
              userinfo: { url: `${env.GITHUB_API_URL}/user`, request: ({ tokens }: { tokens: { access_token?: string } }) => githubClient.getProfile(tokens.access_token ?? "") },
              profile(profile) {
                return {
                  id: String(profile.id),
                  name: profile.name ?? profile.login,
                  email: profile.email?.toLowerCase() ?? null,
                  image: profile.avatar_url,
                  githubLogin: profile.login,
                };
              },
            }),
          ]
        : []),
    ],
    callbacks: {
      signIn({ user }) {
        return canSignIn(user);
      },
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
}

const nextAuth = NextAuth(() => buildConfig());
export const { auth, signIn, signOut } = nextAuth;
/** Auth.js's routes (/api/auth/*); a direct POST to the email provider passes the sign-in link limits first. */
export const handlers = { GET: nextAuth.handlers.GET, POST: withSignInLinkLimits(nextAuth.handlers.POST) };
