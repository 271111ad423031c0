import { describe, expect, it } from 'vitest';
import type { Removal } from '../clean/types.ts';
import { originalToHast, renderOriginalHtml } from './original-html.ts';

const label = (reason: string) => `[entfernt: ${reason}]`;

/** Builds a removal of the first occurrence of `text` in `source`. */
function removal(source: string, text: string, rule = 'nav-word', reason = 'Navigation'): Removal {
  const start = source.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in source`);
  return { start, end: start + text.length, text, rule, reason };
}

/** Text content of the hast children, leaving out the reason labels. */
function textWithoutLabels(source: string, removed: Removal[]): string {
  return originalToHast(source, removed, label)
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'element' && node.tagName === 'del') {
        const [child] = node.children;
        return child?.type === 'text' ? child.value : '';
      }
      return '';
    })
    .join('');
}

describe('renderOriginalHtml', () => {
  const source = 'Titel\n\nText des Artikels.\nBlog und Artikel\n\nnach oben';

  it('marks every removal with its rule, reason and a visible label', () => {
    const removed = [removal(source, 'Blog und Artikel'), removal(source, 'nach oben', 'nav-word', 'Navigation')];
    const html = renderOriginalHtml(source, removed, label);
    expect(html.match(/<del /g)).toHaveLength(2);
    expect(html).toContain(
      '<del data-rule="nav-word" title="Navigation">Blog und Artikel</del><span class="removal-reason">[entfernt: Navigation]</span>',
    );
    expect(html).toContain('<del data-rule="nav-word" title="Navigation">nach oben</del>');
  });

  it('keeps the source intact, line breaks included, around the removals', () => {
    const removed = [removal(source, 'Blog und Artikel'), removal(source, 'nach oben')];
    expect(textWithoutLabels(source, removed)).toBe(source);
    expect(renderOriginalHtml(source, removed, label)).toMatch(
      /^<div class="original-text">Titel\n\nText des Artikels\.\n<del /,
    );
  });

  it('removes exactly the offsets given, including removals at both ends', () => {
    const text = 'abcdef';
    const removed: Removal[] = [
      { start: 0, end: 1, text: 'a', rule: 'r1', reason: 'eins' },
      { start: 2, end: 4, text: 'cd', rule: 'r2', reason: 'zwei' },
      { start: 5, end: 6, text: 'f', rule: 'r3', reason: 'drei' },
    ];
    expect(renderOriginalHtml(text, removed, label)).toBe(
      '<div class="original-text">' +
        '<del data-rule="r1" title="eins">a</del><span class="removal-reason">[entfernt: eins]</span>b' +
        '<del data-rule="r2" title="zwei">cd</del><span class="removal-reason">[entfernt: zwei]</span>e' +
        '<del data-rule="r3" title="drei">f</del><span class="removal-reason">[entfernt: drei]</span></div>',
    );
  });

  it('escapes markup in kept text, removed text, rules and reasons', () => {
    const text = '<script>alert(1)</script> bleibt <b>fett</b>';
    const removed: Removal[] = [
      { start: 0, end: 25, text: '<script>alert(1)</script>', rule: 'x"><script>', reason: '<i>"Grund"</i>' },
    ];
    const html = renderOriginalHtml(text, removed, label);
    // Inside a quoted attribute only `"` and `&` are special, so look for tags outside attribute values.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script|<b>|<i>/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('data-rule="x&#x22;><script>" title="<i>&#x22;Grund&#x22;</i>"');
    expect(html).toContain('bleibt &#x3C;b>fett&#x3C;/b>');
  });

  it('renders a text without removals unchanged', () => {
    expect(renderOriginalHtml('nur Text', [], label)).toBe('<div class="original-text">nur Text</div>');
  });

  it.each([
    ['overlapping', [{ start: 0, end: 3 }, { start: 2, end: 4 }]],
    ['unsorted', [{ start: 3, end: 4 }, { start: 0, end: 1 }]],
    ['empty', [{ start: 1, end: 1 }]],
    ['past the end', [{ start: 4, end: 99 }]],
  ])('rejects %s removals', (_name, spans) => {
    const removed = spans.map((span) => ({ ...span, text: '', rule: 'r', reason: 'g' }));
    expect(() => renderOriginalHtml('abcdef', removed, label)).toThrow(RangeError);
  });
});
