import { identityColorClass } from "@/lib/identity-color";
import { cn } from "@/lib/utils";
import type { PersonIdentity } from "@/lib/users/person-identity";
import type { WorkspaceIdentity } from "@/lib/workspaces/workspace-identity";

const SIZES = {
  xs: { px: 20, className: "size-5 text-[10px]" },
  sm: { px: 24, className: "size-6 text-[11px]" },
  md: { px: 32, className: "size-8 text-xs" },
  lg: { px: 40, className: "size-10 text-sm" },
  xl: { px: 64, className: "size-16 text-xl" },
} as const;

export type AvatarSize = keyof typeof SIZES;

/** Up to two initials: the first letters of the first and last words ("Ada Lovelace" → "AL"), of an address its first letter. */
export function initialsOf(name: string): string {
  const words = (name.includes("@") ? name.split("@")[0] : name).split(/[\s._-]+/u).filter(Boolean);
  const first = [...(words[0] ?? "?")][0];
  const last = words.length > 1 ? [...words[words.length - 1]][0] : "";
  return `${first}${name.includes("@") ? "" : last}`.toUpperCase();
}

type Props = {
  /** A person is a circle, a workspace a rounded square. */
  variant: "person" | "workspace";
  /** The display name: its initials show without an image. */
  name: string;
  imageUrl: string | null;
  /** The background of the initials (identityColor). */
  color: string;
  size?: AvatarSize;
  /** Alternative text when the avatar stands alone; by default it is decorative (the name is shown next to it). */
  label?: string;
  className?: string;
};

/**
 * An avatar or a workspace logo: the uploaded image, else initials in white on the id's stable colour. Images are
 * served by Roster with the signed-in person's cookie, which Next's optimizer (it fetches without it) cannot do, so a
 * plain <img> at a versioned, cached-for-good URL: next/image would only add its code to every page with an avatar.
 */
export function Avatar({ variant, name, imageUrl, color, size = "md", label, className }: Props) {
  const { px, className: sizeClass } = SIZES[size];
  const shape = variant === "person" ? "rounded-full" : "rounded-md";
  // What it is, as a class rather than a test id (`avatar-person`, `avatar-workspace`): one attribute per avatar fewer.
  const kind = `avatar-${variant}`;
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true };
  if (imageUrl) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- see above: the optimizer cannot fetch it
      <img
        src={imageUrl}
        alt={label ?? ""}
        width={px}
        height={px}
        loading="lazy"
        decoding="async"
        className={cn("shrink-0 bg-zinc-100 object-cover dark:bg-zinc-800", kind, shape, sizeClass, className)}
      />
    );
  }
  const colorClass = identityColorClass(color);
  return (
    <span {...a11y} className={cn("avatar", kind, shape, sizeClass, colorClass, className)} style={colorClass ? undefined : { backgroundColor: color }}>
      {initialsOf(name)}
    </span>
  );
}

// The two below call Avatar rather than mount it: one component for each avatar, not two (a members page has 25).

/** A person's avatar from their PersonIdentity (members list, account page, activity). */
export function PersonAvatar({ person, ...rest }: { person: PersonIdentity } & Pick<Props, "size" | "label" | "className">) {
  return Avatar({ variant: "person", name: person.displayName, imageUrl: person.avatarUrl, color: person.color, ...rest });
}

/** A workspace's logo from its display name and WorkspaceIdentity (switcher, account page, settings). */
export function WorkspaceAvatar({ workspace, ...rest }: { workspace: WorkspaceIdentity & { displayName: string } } & Pick<Props, "size" | "label" | "className">) {
  return Avatar({ variant: "workspace", name: workspace.displayName, imageUrl: workspace.logoUrl, color: workspace.color, ...rest });
}
