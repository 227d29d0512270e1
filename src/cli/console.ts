/**
 * The terminal front end: reads commands written as in Discord (`/accord russie`) from the
 * terminal or from piped input and prints the answers. The scheduled re-index runs here too.
 */
import { createInterface } from 'node:readline';
import type { App } from '../app.ts';
import { scheduleReindex } from '../index/scheduler.ts';
import type { Logger } from '../logger.ts';
import type { StopRequest } from '../process.ts';
import { help, parseLine, UsageError } from './parse.ts';
import { ANSI, PLAIN, renderText } from './render.ts';

export async function answerLine(app: App, line: string, logger: Logger): Promise<string> {
  try {
    const { command, args } = parseLine(line);
    const answer = await command.answer(app.context, args);
    return renderText(answer, process.stdout.isTTY ? ANSI : PLAIN);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    logger.error('Erreur en répondant', err);
    return 'Une erreur est survenue en répondant à cette commande ; elle a été journalisée.';
  }
}

export async function runConsole(
  app: App,
  logger: Logger,
  stopRequest: StopRequest,
): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const task = scheduleReindex(app.config.reindexCron, app.indexer, logger);
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
  });
  if (interactive) {
    process.stdout.write(`${help()}\n`);
    rl.setPrompt('accords> ');
    rl.prompt();
  }
  const stop = () => {
    task.destroy();
    app.indexer.close();
    rl.close();
  };
  void stopRequest.requested.then(stop);
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      if (interactive) rl.prompt();
      continue;
    }
    if (/^\/?(quitter|exit|quit)$/i.test(line)) break;
    const out = await answerLine(app, line, logger);
    process.stdout.write(`${out}\n${interactive ? '' : '\n'}`);
    if (interactive) rl.prompt();
  }
  stop();
}
