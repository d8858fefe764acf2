import type { Telegram } from 'telegraf';

/** The bot's own username (for deep links and "/cmd@bot"), read once from getMe. */
export class BotIdentity {
  private known: string | null = null;
  private pending: Promise<string> | null = null;

  constructor(private readonly telegram: Telegram) {}

  set(username: string): void {
    this.known = username;
  }

  async username(): Promise<string> {
    if (this.known) return this.known;
    this.pending ??= this.telegram.getMe().then(
      (me) => (this.known = me.username),
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }
}
