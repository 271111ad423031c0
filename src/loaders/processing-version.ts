/**
 * Part of every stored article's digest. Astro keeps the content store
 * between builds and skips entries whose digest is unchanged. Code changes
 * are caught by the code fingerprint; bump this for anything else that
 * changes what is stored (e.g. a dependency's rendering).
 */
export const PROCESSING_VERSION = 1;
