/** Compiles the curator's boilerplate rules (from `content/boilerplate.yaml`) for one article. */
import type { BoilerplateRule } from './types.ts';

/** A curator rule ready to match. */
export interface CompiledRule {
  id: string;
  reason: string;
  scope: 'line' | 'inline';
  regex: RegExp;
}

/** Rules that apply to an article of `outlet` (rules without `outlets` apply to all). */
export function compileRules(rules: readonly BoilerplateRule[], outlet?: string): CompiledRule[] {
  const wanted = outlet?.trim().toLowerCase();
  return rules
    .filter((r) => !r.outlets?.length || (wanted !== undefined && r.outlets.some((o) => o.trim().toLowerCase() === wanted)))
    .map((r) => {
      try {
        const flags = [...new Set(`${r.flags ?? ''}u${r.scope === 'inline' ? 'g' : ''}`)].join('');
        return { id: r.id, reason: r.reason, scope: r.scope, regex: new RegExp(r.pattern, flags) };
      } catch (error) {
        throw new Error(`boilerplate rule "${r.id}": the pattern is not a valid regular expression (${(error as Error).message})`);
      }
    });
}

/** Matches of the inline rules in a raw line, as offsets into it. */
export function curatorInlineMatches(rules: readonly CompiledRule[], line: string): { start: number; end: number; id: string; reason: string }[] {
  const found: { start: number; end: number; id: string; reason: string }[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'inline') continue;
    for (const m of line.matchAll(rule.regex)) {
      if (m[0].length > 0) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, id: rule.id, reason: rule.reason });
    }
  }
  return found;
}
