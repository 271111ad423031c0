/**
 * A deterministic layout for the co-mention network, computed at build time
 * so the index page ships a static SVG: a force-directed layout
 * (Fruchterman–Reingold) from seeded positions with a fixed number of
 * iterations, then labels placed so none covers another. The same
 * graph always gives the same picture, whatever order it comes in.
 */
import { fitToCanvas, placeWithoutOverlap, type Point } from './label-placement.ts';
import { seededRandom } from '../random/seeded-random.ts';

export interface GraphNode {
  id: string;
  label: string;
  /** Size of the node, e.g. the number of claims naming the entity. */
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Strength of the tie, e.g. the number of claims naming both. */
  weight: number;
}

/** A node on the canvas: its circle and its label (left-aligned, to the right of the circle, one or two lines). */
export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  labelX: number;
  /** Baseline of the first line. */
  labelY: number;
  lines: string[];
  lineHeight: number;
}

export interface PlacedEdge extends GraphEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export interface LayoutOptions {
  /** Canvas width in CSS pixels; labels are drawn at `fontSize` on it, so it is shown unscaled. */
  width?: number;
  fontSize?: number;
  seed?: number;
  iterations?: number;
}

/** A label's width: about 0.6 em per character in a system sans-serif. */
const CHAR_WIDTH = 0.6;
/** Longer labels are broken into two lines, so long event names do not crowd the canvas. */
const MAX_LINE = 22;
const MARGIN = 8;

/** Lays out the graph; edges between unknown nodes are ignored. */
export function layoutNetwork(nodes: readonly GraphNode[], edges: readonly GraphEdge[], options: LayoutOptions = {}): NetworkLayout {
  const { width = 640, fontSize = 13, seed = 20250312, iterations = 400 } = options;
  const sorted = [...nodes].sort((a, b) => compare(a.id, b.id));
  const height = Math.round(Math.min(1200, Math.max(320, 80 * Math.sqrt(sorted.length) + 100)));
  const indexOf = new Map(sorted.map((node, i) => [node.id, i]));
  const links = edges
    .filter((e) => e.source !== e.target && indexOf.has(e.source) && indexOf.has(e.target))
    .map((e) => ({ ...e, a: indexOf.get(e.source)!, b: indexOf.get(e.target)! }))
    .sort((x, y) => compare(x.source, y.source) || compare(x.target, y.target));

  const random = seededRandom(seed);
  const pos = sorted.map(() => ({ x: random() * width, y: random() * height }));
  forceLayout(pos, links, width, height, iterations);

  const maxWeight = Math.max(1, ...sorted.map((n) => n.weight));
  const radius = sorted.map((n) => 4 + 6 * Math.sqrt(n.weight / maxWeight));
  const lineHeight = round(fontSize * 1.2);
  const lines = sorted.map((node) => labelLines(node.label));
  const boxes = sorted.map((_, i) => ({
    width: 2 * radius[i]! + 4 + CHAR_WIDTH * fontSize * Math.max(...lines[i]!.map((line) => line.length)),
    height: Math.max(2 * radius[i]!, lineHeight * lines[i]!.length + 2),
  }));
  fitToCanvas(pos, boxes, radius, width, height, MARGIN);
  // The most often named keep their place; the others move just far enough that no label covers another.
  const order = sorted.map((_, i) => i).sort((a, b) => sorted[b]!.weight - sorted[a]!.weight || a - b);
  placeWithoutOverlap(pos, boxes, radius, order, width, height, MARGIN);

  const placed = sorted.map((node, i): PlacedNode => ({
    ...node,
    x: round(pos[i]!.x),
    y: round(pos[i]!.y),
    r: round(radius[i]!),
    labelX: round(pos[i]!.x + radius[i]! + 4),
    labelY: round(pos[i]!.y + fontSize * 0.35 - (lineHeight * (lines[i]!.length - 1)) / 2),
    lines: lines[i]!,
    lineHeight,
  }));
  const maxEdge = Math.max(1, ...links.map((l) => l.weight));
  return {
    width,
    height,
    nodes: placed,
    edges: links.map(({ a, b, source, target, weight }) => ({
      source,
      target,
      weight,
      x1: placed[a]!.x,
      y1: placed[a]!.y,
      x2: placed[b]!.x,
      y2: placed[b]!.y,
      width: round(1 + 4 * ((weight - 1) / Math.max(1, maxEdge - 1))),
    })),
  };
}

/** Fruchterman–Reingold with a linear cooling schedule and a weak pull to the centre (keeps components together). */
function forceLayout(pos: Point[], links: ReadonlyArray<{ a: number; b: number; weight: number }>, width: number, height: number, iterations: number): void {
  const n = pos.length;
  if (n === 0) return;
  const k = 1.1 * Math.sqrt((width * height) / n);
  for (let step = 0; step < iterations; step++) {
    const temperature = (width / 8) * (1 - step / iterations);
    const shift = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i]!.x - pos[j]!.x;
        const dy = pos[i]!.y - pos[j]!.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const force = (k * k) / d;
        shift[i]!.x += (dx / d) * force;
        shift[i]!.y += (dy / d) * force;
        shift[j]!.x -= (dx / d) * force;
        shift[j]!.y -= (dy / d) * force;
      }
    }
    for (const { a, b, weight } of links) {
      const dx = pos[a]!.x - pos[b]!.x;
      const dy = pos[a]!.y - pos[b]!.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const force = ((d * d) / k) * (1 + Math.log(weight));
      shift[a]!.x -= (dx / d) * force;
      shift[a]!.y -= (dy / d) * force;
      shift[b]!.x += (dx / d) * force;
      shift[b]!.y += (dy / d) * force;
    }
    for (let i = 0; i < n; i++) {
      const p = pos[i]!;
      const s = shift[i]!;
      s.x += (width / 2 - p.x) * 0.05 * (k / 10);
      s.y += (height / 2 - p.y) * 0.05 * (k / 10);
      const length = Math.max(0.01, Math.hypot(s.x, s.y));
      const move = Math.min(length, temperature);
      p.x += (s.x / length) * move;
      p.y += (s.y / length) * move;
    }
  }
}

function labelLines(label: string): string[] {
  if (label.length <= MAX_LINE) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
