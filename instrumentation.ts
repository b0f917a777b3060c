/**
 * Next calls `register` once when a server starts. The start-up checks (lib/server/startup.ts)
 * run in the Node.js server only; importing them inside the condition keeps them out of the
 * Edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { runStartupChecks } = await import('./lib/server/startup');
    runStartupChecks();
  }
}
