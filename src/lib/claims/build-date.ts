/**
 * The date a build publishes on, as YYYY-MM-DD: recorded in the claim ledger
 * when an id is issued or withdrawn. `SOURCE_DATE_EPOCH` (the reproducible-
 * builds convention) pins it, so a rebuild of the same content is identical.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH !== '' ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
