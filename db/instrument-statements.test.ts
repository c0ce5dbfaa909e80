import { describe, expect, it } from "vitest";
import { operationOf } from "./instrument-statements";

describe("operationOf", () => {
  it("names a statement by its SQL command, from a fixed set", () => {
    expect(operationOf('select "id" from "users" where "id" = $1')).toBe("select");
    expect(operationOf("  INSERT into t values ($1)")).toBe("insert");
    expect(operationOf("with signed_in as (select 1) select * from signed_in")).toBe("with");
    expect(operationOf("(select 1) union (select 2)")).toBe("select");
    expect(operationOf("/* a comment */ update t set x = 1")).toBe("update");
    expect(operationOf("begin isolation level serializable")).toBe("begin");
    expect(operationOf("vacuum t")).toBe("other");
    expect(operationOf("")).toBe("other");
  });
});
