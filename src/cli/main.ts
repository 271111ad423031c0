/**
 * `dossier`: the curator's command line. One file per command; this one
 * only dispatches and turns failures into exit codes.
 */
import { addCommand } from './add-command.ts';
import { checkCommand } from './check-command.ts';
import { claimsCommand } from './claims-command.ts';
import { cleanCommand } from './clean-command.ts';
import { initCommand } from './init-command.ts';
import { EXIT, UsageError, type Command } from './command.ts';

const COMMANDS: Command[] = [initCommand, addCommand, checkCommand, claimsCommand, cleanCommand];

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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`dossier: unknown command \`${name}\`.\n\n${USAGE}\n`);
    return EXIT.usage;
  }
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
