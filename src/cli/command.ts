import { parseArgs, type ParseArgsConfig } from 'node:util';

/** One `dossier` subcommand. */
export interface Command {
  name: string;
  /** Full `--help` text. */
  help: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/**
 * A command as the command list knows it before it runs: its module is
 * imported only then, since each command's imports are most of the CLI's
 * start-up time (`dossier clean` loaded 164 modules for all five commands).
 */
export interface CommandEntry {
  name: string;
  /** One line for the command list. */
  summary: string;
  load(): Promise<Command>;
}

/** Exit codes shared by all commands. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

/** Bad arguments: the message says what is wrong, the command prints its usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses a command's arguments strictly: an unknown option is a usage error,
 * not silently ignored. (`--help` is answered before a command runs.)
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
