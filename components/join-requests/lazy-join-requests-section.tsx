"use client";

import dynamic from "next/dynamic";

/**
 * The members page's requests to join, whose code (the approve and decline forms) is its own chunk, loaded only by a
 * page that has pending requests to show: most members pages have none. Rendered on the server all the same.
 */
export const LazyJoinRequestsSection = dynamic(() => import("./join-requests-section").then((m) => m.JoinRequestsSection));
