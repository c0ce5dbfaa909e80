import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function X(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="M18 6 6 18" /><path d="m6 6 12 12" /></svg>;
}
