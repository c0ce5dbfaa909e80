export function sourceFingerprint(root: string, env?: Record<string, string | undefined>): string;
