/**
 * Background colours for initials (a person without an avatar, a workspace without a logo): each has at least 4.5:1
 * contrast with white text (WCAG AA), in light and dark mode alike. The class is written out in full so that Tailwind,
 * which reads this file, generates it: an avatar carries its colour as a class, not as a style attribute (the members
 * page renders 25 avatars on every request).
 */
export const IDENTITY_COLORS = [
  { hex: "#4f46e5", className: "bg-[#4f46e5]" }, // indigo-600
  { hex: "#1d4ed8", className: "bg-[#1d4ed8]" }, // blue-700
  { hex: "#0369a1", className: "bg-[#0369a1]" }, // sky-700
  { hex: "#0e7490", className: "bg-[#0e7490]" }, // cyan-700
  { hex: "#0f766e", className: "bg-[#0f766e]" }, // teal-700
  { hex: "#047857", className: "bg-[#047857]" }, // emerald-700
  { hex: "#15803d", className: "bg-[#15803d]" }, // green-700
  { hex: "#4d7c0f", className: "bg-[#4d7c0f]" }, // lime-700
  { hex: "#b45309", className: "bg-[#b45309]" }, // amber-700
  { hex: "#c2410c", className: "bg-[#c2410c]" }, // orange-700
  { hex: "#b91c1c", className: "bg-[#b91c1c]" }, // red-700
  { hex: "#be123c", className: "bg-[#be123c]" }, // rose-700
  { hex: "#be185d", className: "bg-[#be185d]" }, // pink-700
  { hex: "#a21caf", className: "bg-[#a21caf]" }, // fuchsia-700
  { hex: "#7e22ce", className: "bg-[#7e22ce]" }, // purple-700
  { hex: "#6d28d9", className: "bg-[#6d28d9]" }, // violet-700
] as const;

/** A stable colour for an id (FNV-1a over its characters): the same person or workspace always gets the same one. */
export function identityColor(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return IDENTITY_COLORS[(hash >>> 0) % IDENTITY_COLORS.length].hex;
}

const CLASS_OF_COLOR = new Map<string, string>(IDENTITY_COLORS.map((c) => [c.hex, c.className]));

/** The background class of an identity colour (identityColor's hex), or null for a colour not in the list. */
export function identityColorClass(hex: string): string | null {
  return CLASS_OF_COLOR.get(hex) ?? null;
}
