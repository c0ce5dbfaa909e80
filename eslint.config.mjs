import drizzle from "eslint-plugin-drizzle";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers point one way: app/ -> lib/ -> db/. Pages, route handlers and components reach data only through the
// domain layer; only the health and dev routes (infrastructure, not the domain) may open the database themselves.
const noDatabaseAboveLib = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
  ignores: ["app/api/health/**", "app/api/dev/**"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["@/db", "@/db/*", "**/db/*"], message: "app/ and components/ go through the domain layer (lib/); types such as Role come from lib/auth/permissions." },
        ],
        paths: [
          { name: "sonner", importNames: ["toast"], message: "Use toast from @/components/ui/toast: it loads sonner with the first toast, not with every page." },
          { name: "next/link", message: "Use a plain <a href>: components/shell/link-navigation.tsx makes it a client-side navigation without next/link's code on every page." },
          { name: "next/form", message: "Use a plain GET <form> with an onSubmit that calls router.push (see components/members/member-toolbar.tsx)." },
        ],
      },
    ],
  },
};

// db/ is the bottom layer: it never imports the domain.
const dbStandsAlone = {
  files: ["db/**/*.ts"],
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib", "@/lib/*"], message: "db/ must not import lib/; configuration it needs lives in db/config.ts." }] }],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  noDatabaseAboveLib,
  dbStandsAlone,
  // The app's links are plain anchors on purpose (components/shell/link-navigation.tsx routes them client-side).
  { rules: { "@next/next/no-html-link-for-pages": "off" } },
  { ignores: [".next/**", ".next-bench/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "lib/cli/bin/**", "lib/sdk/dist/**"] },
];

export default config;
