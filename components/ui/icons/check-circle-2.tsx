import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function CheckCircle2(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><circle cx="12" cy="12" r="10" /><path d="m16 9-5.5 5.5L8 12" /></svg>;
}
