import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, relativeTime, timeAgo } from "./format-date";

const now = new Date("2026-12-01T12:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("relative moments: one wording, past and future", () => {
  it("words the past", () => {
    expect(timeAgo(at(-10), now)).toBe("just now");
    expect(relativeTime(at(-60), now)).toBe("1 minute ago");
    expect(relativeTime(at(-3 * 3600), now)).toBe("3 hours ago");
    expect(relativeTime(at(-2 * 86400), now)).toBe("2 days ago");
  });

  it("words the future", () => {
    expect(relativeTime(at(20), now)).toBe("in a moment");
    expect(relativeTime(at(5 * 60), now)).toBe("in 5 minutes");
    expect(relativeTime(at(86400), now)).toBe("in 1 day");
    expect(relativeTime(at(7 * 86400), now)).toBe("in 7 days");
  });

  it("gives the date beyond 30 days either way", () => {
    expect(relativeTime(at(-40 * 86400), now)).toBe(formatDate(at(-40 * 86400)));
    expect(relativeTime(at(90 * 86400), now)).toBe("Mar 1, 2027");
  });
});

describe("the exact moment: on hover and in emails", () => {
  it("is the UTC date and time, named as UTC", () => {
    expect(formatDateTime(new Date("2026-12-08T07:05:59Z"))).toBe("Dec 8, 2026, 07:05 AM UTC");
  });
});
