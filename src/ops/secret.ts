import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A configured secret, kept as its SHA-256 digest: comparing digests of equal length takes the
 * same time wherever a guess goes wrong, and however long it is.
 */
export class Secret {
  private readonly digest: Buffer;

  constructor(value: string) {
    this.digest = digestOf(value);
  }

  matches(given: string | null | undefined): boolean {
    return typeof given === 'string' && timingSafeEqual(digestOf(given), this.digest);
  }
}

const digestOf = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^bearer +(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}
