import { describe, expect, it } from "vitest";
import { sentNamed } from "./client";

// Which statements the client sends as named prepared statements (planned once per connection). The reasons are at
// sentNamed; the slow generic plan of an OFFSET page is measured by `npm run bench` (members page 2).
describe("sentNamed", () => {
  it("names a statement with parameters", () => {
    expect(sentNamed('select "id" from "workspaces" where "slug" = $1 limit $2', ["acme", 1])).toBe(true);
  });

  it("sends a statement without parameters unnamed", () => {
    expect(sentNamed("select 1", [])).toBe(false);
    expect(sentNamed("select 1", undefined)).toBe(false);
  });

  it("sends pattern searches unnamed", () => {
    expect(sentNamed('select 1 from "users" where "email" ilike $1', ["%ada%"])).toBe(false);
    expect(sentNamed('select 1 from "users" where "name" like $1', ["%ada%"])).toBe(false);
  });

  it("sends a page after the first (an OFFSET parameter) unnamed, and a first page named", () => {
    expect(sentNamed("select 1 from memberships m where m.workspace_id = $1 order by m.joined_at limit $2 offset $3", ["w", 25, 25])).toBe(false);
    expect(sentNamed("select 1 from memberships m where m.workspace_id = $1 order by m.joined_at limit $2", ["w", 25])).toBe(true);
    // A column or a literal named like the keyword is not a parameter.
    expect(sentNamed('select "offset_seconds" from "t" where "id" = $1 offset 10', ["x"])).toBe(true);
  });
});
