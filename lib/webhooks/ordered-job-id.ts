import { randomBytes } from "node:crypto";

let lastMs = 0;
let sequence = 0;

/**
 * A UUIDv7 (RFC 9562) whose 12-bit rand_a is a counter, so ids made in this process sort in the order they were made,
 * also within one millisecond. pg-boss orders an endpoint's jobs by their transaction's start time, then by id: with
 * these ids, the events of one transaction (a bulk invitation) are delivered in the order they were recorded.
 */
export function orderedJobId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    sequence++;
    if (sequence > 0xfff) {
      ms = ++lastMs;
      sequence = 0;
    }
  } else {
    sequence = 0;
  }
  lastMs = ms;
  const random = randomBytes(8);
  random[0] = (random[0] & 0x3f) | 0x80; // the RFC 9562 variant
  const hex = ms.toString(16).padStart(12, "0") + "7" + sequence.toString(16).padStart(3, "0") + random.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
