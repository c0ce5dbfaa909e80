import postgres from "postgres";

/** The totals the scale phase grows the benchmark's database to (docs/deploy.md, "Capacity"). */
export const SCALE = {
  users: 100_000,
  workspaces: 100_000,
  memberships: 1_000_000,
} as const;

export type TableSizes = { databaseBytes: number; tables: Record<string, { rows: number; bytes: number }> };

/** Rows (estimated by the last ANALYZE) and pg_total_relation_size (heap, indexes, TOAST) of every table of Roster's. */
export async function tableSizes(url: string): Promise<TableSizes> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await client<{ name: string; rows: number; bytes: number }[]>`
      select c.relname as name, greatest(c.reltuples, 0)::bigint::int as rows, pg_total_relation_size(c.oid)::bigint::float8 as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' order by c.relname`;
    const [{ bytes }] = await client<{ bytes: number }[]>`select pg_database_size(current_database())::float8 as bytes`;
    return { databaseBytes: bytes, tables: Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, bytes: r.bytes }])) };
  } finally {
    await client.end();
  }
}

/**
 * Grows the seeded database (seed.ts) to SCALE's totals in a few set-based statements, none of them touching the
 * benchmark users' workspaces: users who are in no benchmark workspace, shared workspaces of theirs, and about ten
 * memberships in each (one owner). The pages measured before and after are the same pages of the same workspaces.
 */
export async function seedScale(url: string): Promise<{ users: number; workspaces: number; memberships: number }> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [now] = await client<{ users: number; workspaces: number; memberships: number }[]>`
      select (select count(*)::int from users) as users, (select count(*)::int from workspaces) as workspaces,
             (select count(*)::int from memberships) as memberships`;
    const users = SCALE.users - now.users;
    const workspaces = SCALE.workspaces - now.workspaces;
    const memberships = SCALE.memberships - now.memberships;
    if (users <= 0 || workspaces <= 0 || memberships <= 0) throw new Error(`The seed is already larger than the scale phase's totals`);
    // Every new workspace gets `base` members, the first `extra` of them one more: exactly the memberships total.
    const base = Math.floor(memberships / workspaces);
    const extra = memberships - base * workspaces;
    if (base + 1 >= users) throw new Error("The scale phase needs more users than members per workspace");
    await client.begin(async (tx) => {
      // A bulk load: foreign-key checks and the member-count triggers off for these inserts (the rows are valid by
      // construction: every id they name is inserted here), the counts set once at the end. Rows and indexes are the
      // same as the app's writes would leave; only the load is faster
      // (80-130 s here against 175 s with them on, at load averages of 5 to 10).
      await tx.unsafe("set local session_replication_role = replica");
      await tx.unsafe(`
        insert into users (id, name, email, email_verified, created_at)
        select 'scale-user-' || i, 'Scale User ' || i, 'scale-' || i || '@scale.example', now(), now() - i * interval '1 second'
        from generate_series(1, ${users}) as i;

        insert into workspaces (slug, display_name, created_by, created_at)
        select 'scale-ws-' || i, 'Scale Workspace ' || i, 'scale-user-' || (1 + i % ${users}), now() - i * interval '1 second'
        from generate_series(1, ${workspaces}) as i;

        -- Workspace i's members are consecutive scale users from a starting point that hops around (distinct within a
        -- workspace, spread over all users); the first is its owner.
        insert into memberships (workspace_id, user_id, role, joined_at)
        select w.id, 'scale-user-' || (1 + (i * 7919 + k) % ${users}),
               case when k = 0 then 'owner' when k % 7 = 0 then 'manager' when k % 3 = 0 then 'viewer' else 'member' end,
               w.created_at
        from generate_series(1, ${workspaces}) as i
        cross join generate_series(0, ${base}) as k
        join workspaces w on w.slug = 'scale-ws-' || i
        where k < ${base} + case when i <= ${extra} then 1 else 0 end;

        update workspaces w set member_count = n.members
        from (select m.workspace_id, count(*)::int as members from memberships m
              join workspaces s on s.id = m.workspace_id and s.slug like 'scale-ws-%' group by m.workspace_id) as n
        where w.id = n.workspace_id;
      `);
    });
    await client.unsafe("vacuum analyze");
    const [after] = await client<{ users: number; workspaces: number; memberships: number }[]>`
      select (select count(*)::int from users) as users, (select count(*)::int from workspaces) as workspaces,
             (select count(*)::int from memberships) as memberships`;
    return after;
  } finally {
    await client.end();
  }
}
