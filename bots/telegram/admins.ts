/**
 * A group's administrators are its moderators. Who they are is read from the Bot API
 * (getChatAdministrators) and kept briefly per group, so a busy group costs one call a minute; the
 * core still checks the flag on every command. A change of administrators seen in a `chat_member`
 * update drops the group's entry at once.
 */
export class AdminCache {
  private readonly entries = new Map<string, { readonly at: number; readonly ids: Promise<ReadonlySet<string>> }>();

  constructor(
    private readonly fetchAdmins: (chatId: string) => Promise<ReadonlySet<string>>,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = () => Date.now(),
    private readonly maxGroups = 10_000,
  ) {}

  async isAdmin(chatId: string, userId: string): Promise<boolean> {
    let entry = this.entries.get(chatId);
    if (!entry || this.now() - entry.at > this.ttlMs) {
      const ids = this.fetchAdmins(chatId).catch(() => {
        // Not cached: the next command asks again. Until then, nobody is an admin.
        if (this.entries.get(chatId) === entry) this.entries.delete(chatId);
        return new Set<string>();
      });
      entry = { at: this.now(), ids };
      this.entries.delete(chatId);
      this.entries.set(chatId, entry);
      if (this.entries.size > this.maxGroups) this.entries.delete(this.entries.keys().next().value!);
    }
    return (await entry.ids).has(userId);
  }

  forget(chatId: string): void {
    this.entries.delete(chatId);
  }
}
