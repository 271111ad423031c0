/**
 * `dossier`: the curator's command line. One file per command; this one
 * only dispatches and turns failures into exit codes.
 */
import { EXIT, UsageError, type CommandEntry } from './command.ts';

const COMMANDS: readonly CommandEntry[] = [
  { name: 'init', summary: 'Start a new, empty dossier (content/ with dossier.yaml, no articles).', load: async () => (await import('./init-command.ts')).initCommand },
  { name: 'add', summary: 'Add article files (or folders of them) to content/articles/ as drafts.', load: async () => (await import('./add-command.ts')).addCommand },
  { name: 'check', summary: 'Validate content/ and list every problem with its fix (changes nothing).', load: async () => (await import('./check-command.ts')).checkCommand },
  { name: 'claims', summary: 'Print the claims (sentences) of one article with their permanent ids.', load: async () => (await import('./claims-command.ts')).claimsCommand },
  { name: 'clean', summary: 'Print one article as the dossier shows it: title and paragraphs.', load: async () => (await import('./clean-command.ts')).cleanCommand },
];

const USAGE = `Usage: npx dossier <command> [options]

Turns the raw articles in content/articles/ into a curated static dossier.
Run it from the project root.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)}${c.summary}`).join('\n')}

Run \`npx dossier <command> --help\` for a command's options.`;

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const out = name === undefined ? process.stderr : process.stdout;
    out.write(`${USAGE}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`dossier: unknown command \`${name}\`.\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dossier ${command.name}: ${error.message}\n\n${command.help}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
