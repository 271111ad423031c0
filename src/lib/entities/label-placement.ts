/**
 * Puts a laid-out network on its canvas so every node's circle and label can
 * be read: scaled into the canvas, then placed one by one (most important
 * first) at the nearest free spot on a spiral around its computed position.
 * Greedy placement always finishes and never lets two labels overlap while
 * there is room, where pushing pairs apart can oscillate in a dense core.
 */

export type Point = { x: number; y: number };

/** A node's circle and label: `radius` left of the centre, `width` in all, `height` centred on it. */
export type Box = { width: number; height: number };

/** Scales and moves the positions so every circle and a typical label lie on the canvas. */
export function fitToCanvas(pos: Point[], boxes: readonly Box[], radius: readonly number[], width: number, height: number, margin: number): void {
  if (pos.length === 0) return;
  const minX = Math.min(...pos.map((p) => p.x));
  const maxX = Math.max(...pos.map((p) => p.x));
  const minY = Math.min(...pos.map((p) => p.y));
  const maxY = Math.max(...pos.map((p) => p.y));
  // Room for a median label on the right; longer ones are moved in when they are placed.
  const typical = [...boxes.map((b) => b.width)].sort((a, b) => a - b)[Math.floor(boxes.length / 2)]!;
  const tallest = Math.max(...boxes.map((b) => b.height));
  const left = margin + Math.max(...radius);
  const innerWidth = Math.max(1, width - left - typical - margin);
  const innerHeight = Math.max(1, height - 2 * margin - tallest);
  for (const p of pos) {
    p.x = left + (maxX > minX ? ((p.x - minX) / (maxX - minX)) * innerWidth : innerWidth / 2);
    p.y = margin + tallest / 2 + (maxY > minY ? ((p.y - minY) / (maxY - minY)) * innerHeight : innerHeight / 2);
  }
}

/** How far the spiral search goes before a node is left where it is. */
const MAX_STEPS = 6000;
/** Space kept between two boxes. */
const GAP = 2;

/** Places the nodes in `order` so their boxes do not overlap, each as close to its position as the canvas allows. */
export function placeWithoutOverlap(
  pos: Point[],
  boxes: readonly Box[],
  radius: readonly number[],
  order: readonly number[],
  width: number,
  height: number,
  margin: number,
): void {
  type Rect = { left: number; top: number; right: number; bottom: number };
  const placed: Rect[] = [];
  const rectAt = (i: number, p: Point): Rect => ({
    left: p.x - radius[i]!,
    top: p.y - boxes[i]!.height / 2,
    right: p.x - radius[i]! + boxes[i]!.width,
    bottom: p.y + boxes[i]!.height / 2,
  });
  const free = (r: Rect) =>
    placed.every((o) => r.right + GAP <= o.left || o.right + GAP <= r.left || r.bottom + GAP <= o.top || o.bottom + GAP <= r.top);
  const onCanvas = (i: number, p: Point): Point => ({
    x: clamp(p.x, margin + radius[i]!, width - margin - boxes[i]!.width + radius[i]!),
    y: clamp(p.y, margin + boxes[i]!.height / 2, height - margin - boxes[i]!.height / 2),
  });
  for (const i of order) {
    const start = onCanvas(i, pos[i]!);
    let spot = start;
    for (let step = 0; step < MAX_STEPS; step++) {
      // A sunflower spiral: evenly spread candidates, nearest first; flatter than round, as labels are wide.
      const angle = step * 2.399963;
      const distance = 2.5 * Math.sqrt(step);
      const candidate = onCanvas(i, { x: start.x + distance * Math.cos(angle) * 1.6, y: start.y + distance * Math.sin(angle) });
      if (free(rectAt(i, candidate))) {
        spot = candidate;
        break;
      }
    }
    pos[i] = spot;
    placed.push(rectAt(i, spot));
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
