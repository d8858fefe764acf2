import { pino } from 'pino';

/**
 * The logging surface the code depends on (pino's shape). Logs never carry message bodies,
 * tokens or coordinates: log ids, names of commands and outcomes.
 */
export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export function createLogger(level: string, options: { pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const { pretty = false, destination } = options;
  if (pretty && !destination)
    return pino({ level, base: { service: 'spotter' }, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss' } } }) as unknown as Logger;
  return pino(
    {
      level,
      base: { service: 'spotter' },
      redact: { paths: ['token', '*.token', 'body', '*.body', 'location', '*.location', 'coordinates'], censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  ) as unknown as Logger;
}

/** A logger that drops everything, for tests that don't look at logs. */
export const silentLogger = (): Logger => pino({ level: 'silent' }) as unknown as Logger;
