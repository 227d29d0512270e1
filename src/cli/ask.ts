/**
 * One command, one answer: `npm run ask -- accord russie [--json]`. Exit code 0 with the
 * answer on stdout; on an error, a non-zero code and one French line on stderr.
 */
import 'dotenv/config';
import { openApp } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { consoleLogger } from '../logger.ts';
import { safeForTerminal } from '../terminal.ts';
import { localFiles } from './local-file.ts';
import { parseLine, UsageError } from './parse.ts';
import { ANSI, PLAIN, renderText } from './render.ts';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((a) => a !== '--json');
  if (words.length === 0) {
    process.stderr.write(
      'Usage : npm run ask -- <commande> [options] [--json], par exemple : npm run ask -- accord russie\n',
    );
    return 2;
  }
  const logger = consoleLogger({ quiet: true });
  try {
    const { command, args } = parseLine(words.join(' '));
    const app = await openApp(loadConfig(), logger, { watch: false });
    const answer = await command.answer(app.context, args, await localFiles(command, args));
    process.stdout.write(
      json
        ? `${JSON.stringify(answer, null, 2)}\n`
        : `${renderText(answer, process.stdout.isTTY ? ANSI : PLAIN)}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      process.stderr.write(`${safeForTerminal(err.message)}\n`);
      return 2;
    }
    process.stderr.write(`Erreur : ${safeForTerminal((err as Error).message)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
