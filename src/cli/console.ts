/**
 * The terminal front end: reads commands written as in Discord (`/accord russie`) from the
 * terminal or from piped input and prints the answers. The scheduled re-index runs here too.
 */
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import { CONSOLE } from '../answers/context.ts';
import { type App, watchFollows } from '../app.ts';
import { scheduleReindex } from '../index/scheduler.ts';
import type { Logger } from '../logger.ts';
import type { StopRequest } from '../process.ts';
import { safeForTerminal } from '../terminal.ts';
import { writeAnswerFiles, writtenLine } from './files.ts';
import { localFiles } from './local-file.ts';
import { help, parseLine, UsageError } from './parse.ts';
import { ANSI, PLAIN, renderText } from './render.ts';

export async function answerLine(app: App, line: string, logger: Logger): Promise<string> {
  try {
    const { command, args } = parseLine(line);
    const answer = await command.answer(
      app.context,
      args,
      CONSOLE,
      await localFiles(command, args),
    );
    const text = renderText(answer, process.stdout.isTTY ? ANSI : PLAIN);
    // Charts and exports go to files; the answer says where.
    const written = await writeAnswerFiles(answer, app.config.outputDir);
    return [text, ...written.map((p) => safeForTerminal(writtenLine(p)))].join('\n');
  } catch (err) {
    if (err instanceof UsageError) return safeForTerminal(err.message);
    logger.error('Erreur en répondant', err);
    return 'Une erreur est survenue en répondant à cette commande ; elle a été journalisée.';
  }
}

/**
 * A logger that never breaks the prompt: while the prompt waits for input, a log line first
 * clears the prompt line, then the prompt and what was being typed are drawn again below it.
 */
export function promptSafeLogger(
  base: Logger,
  rl: Interface,
  isWaiting: () => boolean,
  out: NodeJS.WritableStream = process.stdout,
): Logger {
  const around =
    <A extends unknown[]>(log: (...args: A) => void) =>
    (...args: A) => {
      if (!isWaiting()) return log(...args);
      clearLine(out, 0);
      cursorTo(out, 0);
      log(...args);
      rl.prompt(true);
    };
  return { info: around(base.info), warn: around(base.warn), error: around(base.error) };
}

export async function runConsole(
  app: App,
  baseLogger: Logger,
  stopRequest: StopRequest,
): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
  });
  let waiting = false;
  const prompt = () => {
    waiting = true;
    rl.prompt();
  };
  const logger = interactive ? promptSafeLogger(baseLogger, rl, () => waiting) : baseLogger;
  const schedule = scheduleReindex(app.config.reindexCron, app.indexer, logger);
  // News of the parties followed from the console, printed as they come.
  const unwatch = watchFollows(app, (news) => {
    if (news.channel !== CONSOLE.channel) return;
    const text = renderText(news, process.stdout.isTTY ? ANSI : PLAIN);
    logger.info(`Suivis :\n${text}`);
  });
  if (interactive) {
    process.stdout.write(`${help()}\n`);
    rl.setPrompt('accords> ');
    prompt();
  }
  const stop = () => {
    schedule.destroy();
    unwatch();
    void app.indexer.close();
    rl.close();
  };
  void stopRequest.requested.then(stop);
  // Ctrl+C at the prompt: leave, as in a shell.
  rl.on('SIGINT', () => rl.close());
  for await (const raw of rl) {
    waiting = false;
    const line = raw.trim();
    if (!line) {
      if (interactive) prompt();
      continue;
    }
    if (/^\/?(quitter|exit|quit)$/i.test(line)) break;
    const out = await answerLine(app, line, logger);
    process.stdout.write(`${out}\n${interactive ? '' : '\n'}`);
    if (interactive) prompt();
  }
  stop();
}
