/** The expiries a new token's form offers (the values of expiresInDaysSchema; "none" for a token that never expires). */
export const TOKEN_EXPIRY_OPTIONS = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "none", label: "No expiry" },
] as const;
