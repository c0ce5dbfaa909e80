import { requirePageSession } from "@/lib/session/require-page-session";

// `npm run bench`'s reference page, built only into the benchmark's own build (ROSTER_BENCH_FIXTURES=1 adds the
// `.bench.tsx` page extension, see next.config.ts): the least a signed-in page costs here (the root layout, the
// session read) and the yardstick for every page's server CPU per request. It is never a route of the product.
export default async function MinimalSignedInPage() {
  const { user } = await requirePageSession("/bench/minimal");
  return <p>Signed in as {user.email}</p>;
}
