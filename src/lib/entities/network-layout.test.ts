import { describe, expect, it } from 'vitest';
import { layoutNetwork, type GraphEdge, type GraphNode, type PlacedNode } from './network-layout.ts';

/** A graph like a dossier's: a dense core, a few satellites, an isolated node, long labels. */
function graph(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = Array.from({ length: 40 }, (_, i) => ({
    id: `n${String(i).padStart(2, '0')}`,
    label: i % 7 === 0 ? `Treffen von Naryschkin und Burns in Ankara ${i}` : `Eintrag ${i}`,
    weight: 1 + ((i * 7) % 13),
  }));
  const edges: GraphEdge[] = [];
  for (let i = 1; i < 39; i++) edges.push({ source: 'n00', target: nodes[i]!.id, weight: 1 + (i % 4) });
  for (let i = 1; i < 30; i += 3) edges.push({ source: nodes[i]!.id, target: nodes[i + 1]!.id, weight: 1 });
  return { nodes, edges };
}

/** The box of a node's circle and label, as drawn. */
function box(node: PlacedNode, fontSize = 13) {
  const width = node.labelX - node.x + node.r + 0.6 * fontSize * Math.max(...node.lines.map((l) => l.length));
  const height = Math.max(2 * node.r, node.lineHeight * node.lines.length + 2);
  return { left: node.x - node.r, right: node.x - node.r + width, top: node.y - height / 2, bottom: node.y + height / 2 };
}

describe('layoutNetwork', () => {
  it('is deterministic: the same graph in any order gives the same picture', () => {
    const { nodes, edges } = graph();
    const first = layoutNetwork(nodes, edges);
    expect(layoutNetwork(nodes, edges)).toEqual(first);
    expect(layoutNetwork([...nodes].reverse(), [...edges].reverse())).toEqual(first);
  });

  it('keeps every circle and label on the canvas, and no label over another', () => {
    const layout = layoutNetwork(graph().nodes, graph().edges);
    const boxes = layout.nodes.map((n) => box(n));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(layout.width + 1);
      expect(b.bottom).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        expect(overlap, `${layout.nodes[i]!.id} / ${layout.nodes[j]!.id}`).toBe(false);
      }
    }
  });

  it('sizes nodes by weight and edges by weight, and breaks long labels into two lines', () => {
    const layout = layoutNetwork(
      [
        { id: 'a', label: 'A', weight: 1 },
        { id: 'b', label: 'Treffen von Naryschkin und Burns in Ankara', weight: 9 },
        { id: 'c', label: 'C', weight: 4 },
      ],
      [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'b', target: 'c', weight: 5 },
        { source: 'a', target: 'x', weight: 3 },
      ],
    );
    const [a, b] = layout.nodes;
    expect(a!.r).toBeLessThan(b!.r);
    expect(b!.lines).toEqual(['Treffen von Naryschkin', 'und Burns in Ankara']);
    expect(layout.edges.map((e) => [e.source, e.target, e.width])).toEqual([
      ['a', 'b', 1],
      ['b', 'c', 5],
    ]);
    expect(layout.edges[1]).toMatchObject({ x1: b!.x, y1: b!.y });
  });

  it('lays out an empty graph and a single node', () => {
    expect(layoutNetwork([], []).nodes).toEqual([]);
    expect(layoutNetwork([{ id: 'a', label: 'A', weight: 1 }], []).nodes).toHaveLength(1);
  });
});
