/**
 * One command, one answer: `npm run ask -- accord russie [--json]`. Exit code 0 with the
 * answer on stdout; on an error, a non-zero code and one French line on stderr.
 *
 * Files: `chronologie` and `reseau` write their picture (to OUTPUT_DIR, or to the path of
 * `--image <fichier.png>`) and print its path; with `--json`, the picture is written only when
 * `--image` is given. `exporter` writes the CSV (or JSON) itself to stdout.
 */
import 'dotenv/config';
import { CONSOLE } from '../answers/context.ts';
import type { Answer } from '../answers/types.ts';
import { openApp } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { consoleLogger } from '../logger.ts';
import { toCsv, toJson } from '../render/csv.ts';
import { safeForTerminal } from '../terminal.ts';
import { writeAnswerFiles, writtenLine } from './files.ts';
import { localFiles } from './local-file.ts';
import { parseLine, UsageError } from './parse.ts';
import { ANSI, PLAIN, renderText } from './render.ts';

/** The flags of the command line, and the words of the command. */
export function readFlags(argv: string[]): { json: boolean; image?: string; words: string[] } {
  const words: string[] = [];
  let json = false;
  let image: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--image') {
      image = argv[++i];
      if (!image)
        throw new UsageError(
          '--image demande un nom de fichier, par exemple --image chronologie.png',
        );
    } else if (a.startsWith('--image=')) image = a.slice('--image='.length);
    else words.push(a);
  }
  return image === undefined ? { json, words } : { json, image, words };
}

/** An export's file on stdout: the message, if any, on stderr; 1 when nothing could be read. */
function printExport(answer: Extract<Answer, { command: 'exporter' }>): number {
  if (answer.message) process.stderr.write(`${safeForTerminal(answer.message)}\n`);
  // The filters are empty only when the question could not be read (an unknown party…).
  if (!answer.filters.length) return 1;
  process.stdout.write(answer.format === 'csv' ? toCsv(answer.records) : toJson(answer));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const logger = consoleLogger({ quiet: true });
  try {
    const { json, image, words } = readFlags(argv);
    if (words.length === 0) {
      process.stderr.write(
        'Usage : npm run ask -- <commande> [options] [--json] [--image fichier.png], par exemple : npm run ask -- accord russie\n',
      );
      return 2;
    }
    const { command, args } = parseLine(words.join(' '));
    const config = loadConfig();
    const app = await openApp(config, logger, { watch: false });
    const answer = await command.answer(
      app.context,
      args,
      CONSOLE,
      await localFiles(command, args),
    );
    if (answer.command === 'exporter' && !json) return printExport(answer);
    if (json) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      if (image) await writeAnswerFiles(answer, config.outputDir, image);
      return 0;
    }
    const written = await writeAnswerFiles(answer, config.outputDir, image);
    const text = renderText(answer, process.stdout.isTTY ? ANSI : PLAIN);
    const paths = written.map((p) => safeForTerminal(writtenLine(p)));
    process.stdout.write(`${[text, ...paths].join('\n')}\n`);
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
