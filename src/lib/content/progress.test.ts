import { describe, expect, it } from 'vitest';
import { count, duration, phases, plural, progress } from './progress.ts';

/** A clock the test moves by hand. */
function fakeClock() {
  let time = 1000;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

function run(total: number, msPerItem: number, options: { minTotal?: number } = {}) {
  const clock = fakeClock();
  const lines: string[] = [];
  const reporter = progress(total, { now: clock.now, report: (l) => lines.push(l), line: (d, t) => `cleaning ${count(d)}/${count(t)} articles…`, ...options });
  for (let done = 1; done <= total; done++) {
    clock.advance(msPerItem);
    reporter.tick(done);
  }
  return lines;
}

describe('progress', () => {
  it('says nothing about small batches', () => {
    expect(run(199, 100)).toEqual([]);
  });

  it('reports every tenth when the work is neither very fast nor very slow', () => {
    // 5,000 items at 1 ms: a tenth takes 0.5 s, sooner than the 2 s heartbeat.
    expect(run(5000, 1)).toEqual([
      'cleaning 500/5,000 articles…', 'cleaning 1,000/5,000 articles…', 'cleaning 1,500/5,000 articles…',
      'cleaning 2,000/5,000 articles…', 'cleaning 2,500/5,000 articles…', 'cleaning 3,000/5,000 articles…',
      'cleaning 3,500/5,000 articles…', 'cleaning 4,000/5,000 articles…', 'cleaning 4,500/5,000 articles…',
    ]);
  });

  it('reports every two seconds when a tenth takes longer', () => {
    // 1,000 items at 50 ms: a tenth takes 5 s.
    const lines = run(1000, 50);
    expect(lines.slice(0, 3)).toEqual(['cleaning 40/1,000 articles…', 'cleaning 80/1,000 articles…', 'cleaning 100/1,000 articles…']);
    // Per tenth: two heartbeats and the tenth itself; the last tenth ends in the caller's summary.
    expect(lines).toHaveLength(29);
  });

  it('never speaks twice within half a second, however fast the tenths pass', () => {
    // 1,000 items in 0.4 s in all: every tenth is due but too close to the start or the last line.
    expect(run(1000, 0.4)).toEqual([]);
    // 2 s in all: at most one line per half second.
    expect(run(1000, 2)).toEqual(['cleaning 250/1,000 articles…', 'cleaning 500/1,000 articles…', 'cleaning 750/1,000 articles…']);
  });

  it('leaves the last item to the caller’s summary', () => {
    const lines = run(200, 1000);
    expect(lines.at(-1)).toBe('cleaning 198/200 articles…');
    expect(lines.join('\n')).not.toContain('200/200');
  });
});

describe('phases', () => {
  it('names each phase as it starts, with the time the previous one took', () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const p = phases({ now: clock.now, report: (l) => lines.push(l), loud: () => true });
    p.start('cleaning');
    clock.advance(34_150);
    p.start('claims', 'claims of 5,000 articles…');
    clock.advance(800);
    p.start('cross-linking');
    clock.advance(125_000);
    expect(p.end()).toEqual({ phase: 'cross-linking', ms: 125_000, totalMs: 159_950 });
    expect(lines).toEqual(['cleaning…', 'claims of 5,000 articles… (cleaning took 34.1 s)', 'cross-linking… (claims took 0.8 s)']);
  });

  it('keeps time but says nothing until the task turns out large', () => {
    const clock = fakeClock();
    const lines: string[] = [];
    let large = false;
    const p = phases({ now: clock.now, report: (l) => lines.push(l), loud: () => large });
    p.start('reading');
    clock.advance(10);
    expect(lines).toEqual([]);
    large = true;
    p.start('cleaning');
    clock.advance(5);
    expect(p.end()).toEqual({ phase: 'cleaning', ms: 5, totalMs: 15 });
    expect(lines).toEqual(['cleaning… (reading took 0.0 s)']);
  });
});

describe('count and duration', () => {
  it('write thousands with separators and times in seconds or minutes', () => {
    expect([count(3), count(3437), count(1_234_567)]).toEqual(['3', '3,437', '1,234,567']);
    expect([duration(40), duration(34_150), duration(125_400)]).toEqual(['0.0 s', '34.1 s', '2 min 5 s']);
  });
});

describe('plural', () => {
  it('counts with the singular for one and the plural, regular or given, otherwise', () => {
    expect([plural(1, 'article'), plural(0, 'article'), plural(5000, 'article')]).toEqual(['1 article', '0 articles', '5,000 articles']);
    expect([plural(1, 'entity', 'entities'), plural(22, 'entity', 'entities')]).toEqual(['1 entity', '22 entities']);
  });
});
