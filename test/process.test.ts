/** Process-wide handlers and what the logger writes. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { consoleLogger, memoryLogger } from '../src/logger.ts';
import { logUncaught, onStopSignals } from '../src/process.ts';

describe('logger', () => {
  it('writes an error with its stack, the token masked everywhere', () => {
    const token = 'MTAw.secret.token-value';
    let out = '';
    const logger = consoleLogger({ redact: [token], write: (t) => (out += t) });
    const err = new Error(`refusé pour ${token}`);
    logger.error('Connexion impossible', err);
    expect(out).toMatch(/ erreur Connexion impossible \(refusé pour \[masqué\]\)\n\s+at /);
    expect(out).not.toContain(token);
  });
});

describe('process handlers', () => {
  it('log an unhandled rejection and an uncaught exception with their stack', () => {
    const proc = new EventEmitter();
    const logger = memoryLogger();
    logUncaught(logger, proc);
    proc.emit('unhandledRejection', new Error('rejet'));
    proc.emit('uncaughtException', new Error('exception'));
    expect(logger.lines[0]).toMatch(/^erreur Promesse rejetée non gérée \(rejet\)\n\s+at /);
    expect(logger.lines[1]).toMatch(/^erreur Exception non interceptée \(exception\)\n\s+at /);
  });
  it('a stop signal resolves the stop request', async () => {
    const proc = new EventEmitter();
    const stop = onStopSignals(proc);
    expect(stop.asked).toBe(false);
    proc.emit('SIGTERM');
    expect(await stop.requested).toBe('SIGTERM');
    expect(stop.asked).toBe(true);
  });
});
