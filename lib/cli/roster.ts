// The `roster` executable (bundled by lib/cli/build-cli.mjs into lib/cli/bin/roster.mjs).
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
