import type { SVGProps } from "react";

/**
 * The attributes of the app's icons (components/ui/icons/: lucide's drawings, ISC licence, with lucide-react's names
 * and props) as plain SVG components, one file each so a page ships the ones it shows: lucide-react's icon factory and
 * its context cost about 1.5 KB of compressed JavaScript on every page that showed an icon. Hidden from assistive
 * technology unless given a label.
 */
export function iconProps({ className, ...props }: SVGProps<SVGSVGElement>) {
  return {
    viewBox: "0 0 24 24",
    "aria-hidden": props["aria-label"] ? undefined : true,
    ...props,
    // Size, fill and stroke come from the .icon class (globals.css), not from eight attributes on every icon of every page.
    className: className ? `icon ${className}` : "icon",
  } as const;
}
