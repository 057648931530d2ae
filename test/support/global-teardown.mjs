/** Stops what the global set-up started (it left its `stop` on globalThis) and removes its data. */
export default async function globalTeardown() {
  await globalThis.accordTestStack?.stop();
}
