#!/usr/bin/env node
import module from 'node:module';

// The CLI is TypeScript run directly by Node's type stripping; an older Node
// would fail with a cryptic syntax error, so say what to do instead.
if (!process.features.typescript) {
  console.error(
    `dossier needs Node 24 (this is Node ${process.versions.node}). ` +
      'Run it as `npx dossier …` from the project root, which uses the project\'s Node 24.',
  );
  process.exit(2);
}
// Node keeps each module's compiled, type-stripped code on disk (in the
// system's temporary folder), so a command starts in about half the time:
// `dossier clean` of one text file took 0.8 s without it, 0.5 s with it.
module.enableCompileCache();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
