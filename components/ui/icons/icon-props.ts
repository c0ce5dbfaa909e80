import type { SVGProps } from "react";

/**
 * The attributes of the app's icons (components/ui/icons/: lucide's drawings, ISC licence, with lucide-react's names
 * and props) as plain SVG components, one file each so a page ships the ones it shows: lucide-react's icon factory and
 * its context cost about 1.5 KB of compressed JavaScript on every page that showed an icon. Hidden from assistive
 * technology unless given a label.
 */
export function iconProps(props: SVGProps<SVGSVGElement>) {
  return {
    xmlns: "http://www.w3.org/2000/svg",
    width: 24,
    height: 24,
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 2,
    strokeLinecap: "round",
    strokeLinejoin: "round",
    "aria-hidden": props["aria-label"] ? undefined : true,
    ...props,
  } as const;
}
