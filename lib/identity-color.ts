/**
 * Background colours for initials (a person without an avatar, a workspace without a logo): each has at least 4.5:1
 * contrast with white text (WCAG AA), in light and dark mode alike.
 */
export const IDENTITY_COLORS = [
  "#4f46e5", // indigo-600
  "#1d4ed8", // blue-700
  "#0369a1", // sky-700
  "#0e7490", // cyan-700
  "#0f766e", // teal-700
  "#047857", // emerald-700
  "#15803d", // green-700
  "#4d7c0f", // lime-700
  "#b45309", // amber-700
  "#c2410c", // orange-700
  "#b91c1c", // red-700
  "#be123c", // rose-700
  "#be185d", // pink-700
  "#a21caf", // fuchsia-700
  "#7e22ce", // purple-700
  "#6d28d9", // violet-700
] as const;

/** A stable colour for an id (FNV-1a over its characters): the same person or workspace always gets the same one. */
export function identityColor(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return IDENTITY_COLORS[(hash >>> 0) % IDENTITY_COLORS.length];
}
