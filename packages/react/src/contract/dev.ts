/**
 * True unless the app was built for production. Bundlers replace the literal `process.env.NODE_ENV`; where
 * nothing replaced it and there is no `process` (a browser without a bundler), it counts as development.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

const warned = /* @__PURE__ */ new Set<string>();

/**
 * A development-only console warning, once per message: production builds stay silent, and a chart that renders
 * many times does not flood the console. Call it as
 * `if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') devWarn(…)`: bundlers replace
 * the literal `process.env.NODE_ENV`, so a production build drops the call and its message.
 */
export function devWarn(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[kamkit] ${message}`);
}
