import { spawn } from "node:child_process";

/** Opens `url` in the desktop's browser when there is one (never in CI or over SSH); false when it could not. */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.CI || env.SSH_CONNECTION || env.BROWSER === "none") return false;
  const [command, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  if (process.platform === "linux" && !env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  try {
    const child = spawn(env.BROWSER || command, env.BROWSER ? [url] : (args as string[]), { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
