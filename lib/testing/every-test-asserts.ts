import { beforeEach, expect } from "vitest";

// A test that checks nothing cannot fail: vitest fails any test that ends without running an assertion.
beforeEach(() => {
  expect.hasAssertions();
});
