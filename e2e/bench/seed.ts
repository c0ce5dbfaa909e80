import { randomBytes } from "node:crypto";
import postgres from "postgres";

export const BENCH = {
  members: 10_000,
  /** Shared workspaces the benchmark user belongs to (bench-big and bench-small among them), besides the personal one. */
  sharedWorkspaces: 200,
  ownerId: "bench-owner",
  personalSlug: "bench",
  bigSlug: "bench-big",
  smallSlug: "bench-small",
  /** A second user who belongs to two workspaces only (personal and bench-small), to show counts do not grow. */
  soloId: "bench-solo",
  soloPersonalSlug: "bench-solo",
} as const;

export type Seeded = { ownerToken: string; soloToken: string; users: number; workspaces: number; memberships: number };

const FIRST = ["Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Alan", "Edsger", "Radia", "Niklaus"];
const LAST = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen", "Turing", "Dijkstra", "Knuth"];

const arrayLiteral = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(",")}]`;

/**
 * Set-based seed (a handful of statements, no per-row round trips):
 * - bench-big: the benchmark user (its only owner) and 9,999 other users, mixed roles (member, viewer, manager);
 * - the benchmark user in 200 shared workspaces in total (bench-big, bench-small with 3 members (two owners: the benchmark user and the two-workspace user), 198 others with
 *   6 members each and a mix of the user's roles) plus their personal workspace; every user has a personal workspace;
 * - database sessions for the benchmark user and for a user with two workspaces only.
 */
export async function seed(url: string): Promise<Seeded> {
  const ownerToken = `bench-${randomBytes(24).toString("hex")}`;
  const soloToken = `bench-${randomBytes(24).toString("hex")}`;
  const others = BENCH.members - 1;
  const filler = BENCH.sharedWorkspaces - 2;
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client.begin(async (tx) => {
      await tx.unsafe(`
        insert into users (id, name, email, email_verified, created_at) values
          ('${BENCH.ownerId}', 'Bench Owner', 'bench-owner@bench.example', now(), now() - interval '400 days'),
          ('${BENCH.soloId}', 'Bench Solo', 'bench-solo@bench.example', now(), now() - interval '400 days');

        insert into users (id, name, email, email_verified, created_at)
        select 'bench-user-' || i,
               (${arrayLiteral(FIRST)})[1 + i % ${FIRST.length}] || ' ' || (${arrayLiteral(LAST)})[1 + (i / ${FIRST.length}) % ${LAST.length}] || ' ' || i,
               'user-' || i || '@bench.example',
               now(), now() - i * interval '1 minute'
        from generate_series(1, ${others}) as i;

        -- Every user's personal workspace.
        insert into workspaces (slug, display_name, personal, created_by, created_at)
        select case u.id when '${BENCH.ownerId}' then '${BENCH.personalSlug}' when '${BENCH.soloId}' then '${BENCH.soloPersonalSlug}' else 'p-' || u.id end,
               u.name || '''s workspace', true, u.id, u.created_at
        from users u;
        insert into memberships (workspace_id, user_id, role, joined_at)
        select w.id, w.created_by, 'owner', w.created_at from workspaces w where w.personal;

        -- The big shared workspace: 10,000 members, one owner (the benchmark user).
        insert into workspaces (slug, display_name, created_by, created_at)
        values ('${BENCH.bigSlug}', 'Bench Big', '${BENCH.ownerId}', now() - interval '300 days');
        insert into memberships (workspace_id, user_id, role, joined_at)
        select (select id from workspaces where slug = '${BENCH.bigSlug}'), '${BENCH.ownerId}', 'owner', now() - interval '300 days';
        insert into memberships (workspace_id, user_id, role, joined_at)
        select (select id from workspaces where slug = '${BENCH.bigSlug}'), 'bench-user-' || i,
               case when i % 100 = 0 then 'manager' when i % 5 = 0 then 'viewer' else 'member' end,
               now() - i * interval '1 minute'
        from generate_series(1, ${others}) as i;

        -- A small shared workspace: 3 members.
        insert into workspaces (slug, display_name, created_by, created_at)
        values ('${BENCH.smallSlug}', 'Bench Small', '${BENCH.ownerId}', now() - interval '200 days');
        insert into memberships (workspace_id, user_id, role, joined_at)
        select w.id, m.user_id, m.role, now() - interval '100 days'
        from workspaces w,
             (values ('${BENCH.ownerId}', 'owner'), ('${BENCH.soloId}', 'owner'), ('bench-user-1', 'viewer')) as m(user_id, role)
        where w.slug = '${BENCH.smallSlug}';

        -- The other shared workspaces of the benchmark user: its role varies; 5 more members each.
        insert into workspaces (slug, display_name, created_by, created_at)
        select 'bench-ws-' || lpad(i::text, 3, '0'), 'Workspace ' || lpad(i::text, 3, '0'), '${BENCH.ownerId}', now() - i * interval '1 day'
        from generate_series(1, ${filler}) as i;
        insert into memberships (workspace_id, user_id, role, joined_at)
        select w.id, '${BENCH.ownerId}', (array['owner','manager','member','viewer'])[1 + i % 4], w.created_at
        from generate_series(1, ${filler}) as i join workspaces w on w.slug = 'bench-ws-' || lpad(i::text, 3, '0');
        insert into memberships (workspace_id, user_id, role, joined_at)
        select w.id, 'bench-user-' || (100 + i * 5 + k), case when k = 0 and i % 4 <> 0 then 'owner' else 'member' end, w.created_at
        from generate_series(1, ${filler}) as i
        join workspaces w on w.slug = 'bench-ws-' || lpad(i::text, 3, '0')
        cross join generate_series(0, 4) as k;

        insert into sessions (session_token, user_id, expires) values
          ('${ownerToken}', '${BENCH.ownerId}', now() + interval '30 days'),
          ('${soloToken}', '${BENCH.soloId}', now() + interval '30 days');
      `);
    });
    await client.unsafe("vacuum analyze");
    const [counts] = await client<{ users: number; workspaces: number; memberships: number }[]>`
      select (select count(*)::int from users) as users,
             (select count(*)::int from workspaces) as workspaces,
             (select count(*)::int from memberships) as memberships`;
    const [check] = await client<{ big: number; mine: number }[]>`
      select (select count(*)::int from memberships m join workspaces w on w.id = m.workspace_id where w.slug = ${BENCH.bigSlug}) as big,
             (select count(*)::int from memberships m join workspaces w on w.id = m.workspace_id where m.user_id = ${BENCH.ownerId} and not w.personal) as mine`;
    if (check.big !== BENCH.members || check.mine !== BENCH.sharedWorkspaces) {
      throw new Error(`Seed mismatch: bench-big has ${check.big} members, the user is in ${check.mine} shared workspaces`);
    }
    return { ownerToken, soloToken, ...counts };
  } finally {
    await client.end();
  }
}
