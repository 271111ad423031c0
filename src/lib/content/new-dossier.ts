/**
 * The files of a new, empty dossier (`dossier init`): a `dossier.yaml` from
 * the curator's answers, and a registry and rules file that are valid while
 * empty. No ledger: a new dossier has published nothing yet.
 */
import { stringify } from 'yaml';
import { hasUiStrings, uiStrings } from '../../i18n/index.ts';
import { ENTITIES_FILE } from '../entities/entity.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { CONFIG_FILE, RULES_FILE } from './read-dossier.ts';
import { ARTICLES_DIR } from './scan-articles.ts';
import { dossierConfigSpec } from './schemas.ts';

/** What the curator tells `dossier init`; description and intro have defaults in the dossier's language. */
export interface NewDossierAnswers {
  title: string;
  language: string;
  baseUrl: string;
  description?: string | undefined;
  intro?: string | undefined;
}

/** One answer that cannot be used: which, why, and what to give instead. */
export interface AnswerProblem {
  field: keyof NewDossierAnswers;
  message: string;
  fix: string;
}

/** The new dossier's files by path relative to the project root, or every answer that cannot be used. */
export type NewDossier = { ok: true; files: Record<string, string> } | { ok: false; problems: AnswerProblem[] };

/** The answers as a new dossier's files; nothing is written here. */
export function newDossier(answers: NewDossierAnswers): NewDossier {
  const language = answers.language.trim();
  // Defaults in the dossier's language; a language without UI strings is reported by the validation below.
  const t = uiStrings(hasUiStrings(language) ? language : 'de');
  const title = answers.title.trim();
  const config = {
    title,
    description: answers.description?.trim() || t.starterDescription(title),
    intro: answers.intro?.trim() || t.starterIntro(title),
    language,
    // The address is a folder: the site's pages are below it.
    baseUrl: /^https?:\/\/[^/]+$/.test(answers.baseUrl.trim()) ? `${answers.baseUrl.trim()}/` : answers.baseUrl.trim(),
  };
  const yaml = `${CONFIG_HEADER}${stringify(config, { lineWidth: 78 })}`;
  // The same validation the build applies: init never writes a dossier.yaml the build would reject.
  const parsed = parseYamlFile(CONFIG_FILE, yaml, dossierConfigSpec);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.problems.map((p) => {
        const field = (['title', 'description', 'intro', 'language', 'baseUrl'] as const).find((f) => p.message.includes(`\`${f}\``)) ?? 'title';
        return { field, message: p.message.replace(/^Line \d+: /, ''), fix: p.fix };
      }),
    };
  }
  return {
    ok: true,
    files: {
      [CONFIG_FILE]: yaml,
      [`${ARTICLES_DIR}/.gitkeep`]: '',
      [ENTITIES_FILE]: ENTITIES_STARTER,
      [RULES_FILE]: RULES_STARTER,
    },
  };
}

const CONFIG_HEADER = `# This dossier: its title, a one-sentence description (search engines, link
# previews), the home page's introduction (\`intro: |\` for several
# paragraphs), the language of its interface and the address it is
# published at. Optional: listPageSize (entries per list page, 50).
`;

const ENTITIES_STARTER = `# The people, organisations, places and events of this dossier, linked
# wherever the articles name them; each gets a page, /entities/<id>/.
# \`npx dossier check\` lists the names no entity covers yet, each with an
# entry to paste here. An entry looks like this:
#
# entities:
#   - id: sergey-naryshkin        # kebab-case ASCII: the page's address, keep it
#     name: Sergej Naryschkin     # as the dossier shows it
#     type: person                # person, organisation, place or event
#     description: Russischer Politiker, seit 2016 Direktor des Auslandsgeheimdienstes SVR.
#     aliases: [Naryshkin, Naryschkin]
#     contextual: [SVR-Direktor]  # titles linked only where the name is given too
#
# An event's page lists the sentences that name it and the articles whose
# title does; list the other articles about it by file name, without the
# extension:  articles: [004_bd2a967ae327f507]
`;

const RULES_STARTER = `# Boilerplate rules of this dossier's own. The cleaner already knows the
# common kinds (navigation, ads, photo credits, teasers); add a rule when an
# outlet has furniture of its own that it misses. A rule looks like this:
#
# rules:
#   - id: newsletter-teaser
#     pattern: '^Jetzt unseren Newsletter abonnieren'
#     scope: line            # or inline: drop only the matched text
#     reason: Werbung für den Newsletter
#     outlets: [RT DE]       # optional
`;
