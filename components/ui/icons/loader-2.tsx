import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function Loader2(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="M21 12a9 9 0 1 1-6.219-8.56" /></svg>;
}
