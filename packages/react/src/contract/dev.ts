/** True unless the app was built for production (bundlers replace `process.env.NODE_ENV`). */
export const isDevelopment = (): boolean =>
  typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';

const warned = /* @__PURE__ */ new Set<string>();

/**
 * A development-only console warning, once per message: production builds stay silent, and a chart that renders
 * many times does not flood the console.
 */
export function devWarn(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[kamkit] ${message}`);
}
