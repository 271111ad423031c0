/** The search benchmark's results and how they are printed: Markdown tables, ready for a report. */
import type { BenchQuery, QueryKind } from './bench-search-queries.ts';

/** What was measured at one dossier size. */
export interface SizeReport {
  size: number;
  claims: number;
  vocabulary: number;
  files: number;
  rawBytes: number;
  gzipBytes: number;
  coreGzip: number;
  /** Bytes (gzip) fetched from first focus of the search box to the first result, and how long that took. */
  firstBytes: number;
  firstMs: number;
  /** Latencies in ms: each query in a fresh session (chunks fetched as needed; median of a few sessions), then again. */
  ours: number[];
  oursWarm: number[];
  reference: number[];
  /** Queries with at least one answer in this dossier (boilerplate excluded). */
  answerable: BenchQuery[];
  foundOurs: BenchQuery[];
  foundReference: BenchQuery[];
  /** Boilerplate queries that found no claim, of how many. */
  boilerplateEmpty: { ours: number; reference: number; of: number };
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A latency as printed. */
export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Prints the index, latency and recall tables. */
export function printTables(reports: readonly SizeReport[]): void {
  console.log('\nIndex and first result (bytes gzip as served; first result = from focusing the box, cold)\n');
  console.log(
    table(
      ['articles', 'claims', 'vocabulary', 'files', 'index raw', 'index gzip', 'core gzip', 'fetched before 1st result', 'time to 1st result'],
      reports.map((r) => [String(r.size), String(r.claims), String(r.vocabulary), String(r.files), kb(r.rawBytes), kb(r.gzipBytes), kb(r.coreGzip), kb(r.firstBytes), ms(r.firstMs)]),
    ),
  );
  console.log(
    `\nQuery latency over ${reports[0]?.ours.length ?? 0} queries (ours: typed into the search page of a fresh session, until the results are in the DOM, median of sessions; again: the same page once more; reference: fuse.search on the main thread)\n`,
  );
  console.log(
    table(
      ['articles', 'ours median', 'ours p95', 'ours p95 (again)', 'fuse.js full scan median', 'fuse.js p95', 'found: ours', 'found: fuse.js', 'boilerplate with no result: ours / fuse.js'],
      reports.map((r) => [
        String(r.size), ms(quantile(r.ours, 0.5)), ms(quantile(r.ours, 0.95)), ms(quantile(r.oursWarm, 0.95)),
        ms(quantile(r.reference, 0.5)), ms(quantile(r.reference, 0.95)),
        `${r.foundOurs.length}/${r.answerable.length}`, `${r.foundReference.length}/${r.answerable.length}`,
        `${r.boilerplateEmpty.ours} / ${r.boilerplateEmpty.reference} of ${r.boilerplateEmpty.of}`,
      ]),
    ),
  );
  const last = reports.at(-1);
  if (!last) return;
  const kinds: QueryKind[] = ['exact', 'typo', 'transliteration', 'phrase', 'several'];
  console.log(`\nFound by kind of query at ${last.size} articles (an answer among the first ten claims)\n`);
  console.log(
    table(
      ['kind', 'answerable', 'ours', 'fuse.js', 'missed by ours', 'missed by fuse.js'],
      kinds.map((kind) => {
        const of = (list: readonly BenchQuery[]) => list.filter((q) => q.kind === kind);
        const answerable = of(last.answerable);
        const missed = (found: readonly BenchQuery[]) => answerable.filter((q) => !found.includes(q)).map((q) => q.q).join(', ') || '–';
        return [kind, String(answerable.length), String(of(last.foundOurs).length), String(of(last.foundReference).length), missed(last.foundOurs), missed(last.foundReference)];
      }),
    ),
  );
}
