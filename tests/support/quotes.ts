import { writeFileSync } from 'node:fs';
import type { Reply } from '../../src/interaction/reply.js';

/** A reply as a person reads it: title, text, fields, then its buttons and select in brackets. */
export function asRead(replies: readonly Reply[]): string {
  return replies
    .map((r) =>
      [
        r.title ? `**${r.title}**` : '',
        r.text,
        ...(r.fields ?? []).map((f) => `${f.name}: ${f.value}`),
        ...(r.buttons ?? []).map((row) => row.map((b) => `[${b.label}]`).join(' ')),
        r.select ? `⟨${r.select.placeholder}: ${r.select.options.map((o) => o.label).join(' | ')}⟩` : '',
      ]
        .filter((line) => line.trim().length > 0)
        .join('\n'),
    )
    .join('\n—\n');
}

interface Quote {
  readonly bullet: string;
  readonly said: string;
  readonly answer: string;
}

/**
 * What people get now, bullet by bullet, for the closing note of an issue. Written to `path` only
 * when the env variable `flag` is "1", so ordinary runs leave no file behind.
 */
export class Quotes {
  private readonly rows: Quote[] = [];

  constructor(
    private readonly title: string,
    private readonly path: string,
    private readonly flag: string,
  ) {}

  /** Records the answer to `said` under `bullet`, and gives the answer back for assertions. */
  add(bullet: string, said: string, answer: string): string {
    this.rows.push({ bullet, said, answer: answer.trim() });
    return answer;
  }

  write(env: NodeJS.ProcessEnv): void {
    if (env[this.flag] !== '1') return;
    const out = [`# ${this.title}`, ''];
    let bullet = '';
    for (const q of this.rows) {
      if (q.bullet !== bullet) out.push(`## ${q.bullet}`, '');
      bullet = q.bullet;
      out.push(`- \`${q.said}\``, '', ...q.answer.split('\n').map((l) => `    > ${l}`), '');
    }
    writeFileSync(this.path, out.join('\n'));
  }
}
