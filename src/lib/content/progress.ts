/**
 * Progress lines for long, synchronous work (cleaning thousands of articles,
 * adding thousands of files): enough for a person to see that something
 * moves and where the time goes, few enough not to bury the log.
 * Pure: the clock and the output are passed in, so tests use a fake clock.
 */

/** Below this many items, work is quick enough to need no progress lines. */
export const LARGE_BATCH = 200;

/** `5,000`: counts in progress and summary lines. */
export const count = (n: number): string => n.toLocaleString('en');

/** `1 article`, `2 articles`, `5,000 articles`: English plurals for summaries (`words` for irregular ones). */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${count(n)} ${n === 1 ? word : words}`;
}

/** `0.4 s`, `34.2 s`, `2 min 5 s`. */
export function duration(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** How often a {@link progress} reporter speaks. */
export interface ProgressOptions {
  /** Milliseconds since some fixed point (`performance.now`). */
  now: () => number;
  /** Where the lines go (a logger's `info`, stderr). */
  report: (line: string) => void;
  /** The line for `done` of `total`, e.g. `cleaning 1,000/5,000 articles…`. */
  line: (done: number, total: number) => string;
  /** Below this many items the work is quick: no lines at all. Default {@link LARGE_BATCH}. */
  minTotal?: number;
  /** A line at least this often while work goes on. Default 2,000 ms. */
  everyMs?: number;
  /** A line whenever another of these fractions is done. Default 0.1. */
  everyFraction?: number;
  /** Never two lines closer than this, however fast the fractions pass. Default 500 ms. */
  minGapMs?: number;
}

/** Tells a reporter how far the work is. */
export interface Progress {
  /** `done` items of the total are finished (call it after each item, or as often as convenient). */
  tick(done: number): void;
}

/**
 * A throttled reporter for `total` items: a line when another tenth is done
 * or two seconds have passed since the last line, whichever comes first,
 * but never two within half a second, and none for the last item (the
 * caller's summary says it is done).
 */
export function progress(total: number, options: ProgressOptions): Progress {
  const { now, report, line, minTotal = LARGE_BATCH, everyMs = 2000, everyFraction = 0.1, minGapMs = 500 } = options;
  if (total < minTotal) return { tick: () => {} };
  const step = Math.max(1, Math.ceil(total * everyFraction));
  let lastTime = now();
  let nextCount = step;
  return {
    tick(done) {
      if (done >= total) return;
      const time = now();
      const elapsed = time - lastTime;
      if (elapsed < minGapMs || (done < nextCount && elapsed < everyMs)) return;
      report(line(done, total));
      lastTime = time;
      nextCount = (Math.floor(done / step) + 1) * step;
    },
  };
}

/**
 * Names the phases of a long task as they start, each line with the time
 * the previous phase took: `claims… (cleaning took 34.2 s)`.
 */
export interface Phases {
  /** Starts `name`; reports it (as `line` if given, else `name…`) if the task is large. */
  start(name: string, line?: string): void;
  /** Ends the current phase; `{ phase: 'rendering', ms, totalMs }` for the caller's summary. */
  end(): { phase: string | undefined; ms: number; totalMs: number };
}

/**
 * A phase reporter. `loud` is asked at each start, since how large the task
 * is may be known only after its first phase; while it says no, phases are
 * timed but not reported (a small dossier needs no play-by-play).
 */
export function phases(options: { now: () => number; report: (line: string) => void; loud: () => boolean }): Phases {
  const { now, report, loud } = options;
  const begin = now();
  let current: string | undefined;
  let since = begin;
  return {
    start(name, line = `${name}…`) {
      const time = now();
      if (loud()) report(current === undefined ? line : `${line} (${current} took ${duration(time - since)})`);
      current = name;
      since = time;
    },
    end() {
      const time = now();
      return { phase: current, ms: time - since, totalMs: time - begin };
    },
  };
}
