export const metricsEnabled: boolean;
export function superviseMetrics(): void;
export function processMetrics(): {
  readRoutes(distDir: string): void;
  observe(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse): void;
  answer(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse): boolean;
} | null;
export function routeTemplates(distDir: string): (pathname: string) => string;
