import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function ArrowRightLeft(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="m16 3 4 4-4 4" /><path d="M20 7H4" /><path d="m8 21-4-4 4-4" /><path d="M4 17h16" /></svg>;
}
