/**
 * Process-wide handlers, installed before anything can take time: a stop request
 * (SIGINT, SIGTERM) is always a clean stop, and an error nobody caught is logged with its
 * stack while the bot keeps serving.
 */
import type { Logger } from './logger.ts';

export interface StopRequest {
  /** Resolves with the signal's name when a stop is asked for. */
  readonly requested: Promise<string>;
  /** True once a stop was asked for. */
  readonly asked: boolean;
}

/** Installs SIGINT and SIGTERM handlers now; later signals are ignored once a stop is under way. */
export function onStopSignals(proc: NodeJS.EventEmitter = process): StopRequest {
  let asked = false;
  let resolve!: (signal: string) => void;
  const requested = new Promise<string>((r) => {
    resolve = r;
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    proc.on(signal, () => {
      asked = true;
      resolve(signal);
    });
  }
  return {
    requested,
    get asked() {
      return asked;
    },
  };
}

/** Logs unhandled rejections and uncaught exceptions (with their stack) instead of dying. */
export function logUncaught(logger: Logger, proc: NodeJS.EventEmitter = process): void {
  proc.on('unhandledRejection', (reason) => logger.error('Promesse rejetée non gérée', reason));
  proc.on('uncaughtException', (err) => logger.error('Exception non interceptée', err));
}
