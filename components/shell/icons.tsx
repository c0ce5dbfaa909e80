import { iconProps } from "@/components/ui/icons/icon-props";

/** Icons used on every request (the header's, the members toolbar's) as static markup (lucide's drawings, ISC): no icon component runs per request. */
const svg = iconProps({});

export const inboxIcon = (
  <svg {...svg} className="icon size-4">
    <polyline points="22 12 16 12 14 15 10 15 8 12 2 12" />
    <path d="M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z" />
  </svg>
);

export const chevronsUpDownIcon = (
  <svg {...svg} className="icon size-4 shrink-0 text-zinc-500">
    <path d="m7 15 5 5 5-5" />
    <path d="m7 9 5-5 5 5" />
  </svg>
);

export const userIcon = (
  <svg {...svg} className="icon size-4">
    <path d="M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2" />
    <circle cx="12" cy="7" r="4" />
  </svg>
);

export const logOutIcon = (
  <svg {...svg} className="icon size-4">
    <path d="m16 17 5-5-5-5" />
    <path d="M21 12H9" />
    <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" />
  </svg>
);

export const searchIcon = (
  <svg {...svg} className="icon pointer-events-none absolute left-3 top-3 size-4 text-zinc-500">
    <path d="m21 21-4.34-4.34" />
    <circle cx="11" cy="11" r="8" />
  </svg>
);

export const xIcon = (
  <svg {...svg} className="icon size-4">
    <path d="M18 6 6 18" />
    <path d="m6 6 12 12" />
  </svg>
);
