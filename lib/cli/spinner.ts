import { colorEnabled } from "./output";

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/**
 * Runs `work`, showing a spinner on stderr when it takes over a second and stderr is a terminal (never in scripts or
 * with NO_COLOR). Resolves or rejects as `work` does.
 */
export async function withSpinner<T>(label: string, work: () => Promise<T>): Promise<T> {
  const stream = process.stderr;
  if (!colorEnabled(stream)) return work();
  let frame = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const start = setTimeout(() => {
    timer = setInterval(() => stream.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label}`), 80);
  }, 1000);
  try {
    return await work();
  } finally {
    clearTimeout(start);
    if (timer) {
      clearInterval(timer);
      stream.write("\r\u001b[2K");
    }
  }
}
