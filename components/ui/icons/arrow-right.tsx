import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function ArrowRight(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="M5 12h14" /><path d="m12 5 7 7-7 7" /></svg>;
}
