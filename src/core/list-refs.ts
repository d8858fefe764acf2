import type { Community } from '../domain/community.js';
import type { PersonId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import type { ListKind } from '../domain/refs.js';
import { otherParty } from '../domain/social.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import type { SessionsService } from './sessions.js';

/** What a typed reference to a list item came to. */
export type ItemRef =
  /** Not a number: an id or a name, for the caller to look up. */
  | { readonly kind: 'text'; readonly text: string }
  /** The item's id. */
  | { readonly kind: 'item'; readonly id: string }
  /** A number no list of these kinds showed: run `list`'s command to see the numbers. */
  | { readonly kind: 'unshown'; readonly number: number; readonly list: ListKind };

/**
 * Numbers in commands mean what the person saw: the item of the most recent list of a kind the
 * option takes. Where nothing was shown and there is exactly one such item (a sole buddy, the one
 * join request a notification told of), "1" can only mean it and is taken.
 */
export class ListRefs {
  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
    private readonly sessions: SessionsService,
  ) {}

  async item(me: Profile, community: Community | null, text: string, kinds: readonly ListKind[]): Promise<ItemRef> {
    if (kinds.length === 0) return { kind: 'text', text: text.trim() };
    const ref = await this.actions.numbered(me.id, kinds, text);
    if (ref.kind === 'not-a-number') return { kind: 'text', text: text.trim() };
    if (ref.kind === 'item') return { kind: 'item', id: ref.id };
    if (ref.number === 1 && !ref.shown) {
      for (const kind of kinds) {
        const sole = await this.soleItem(me, community, kind);
        if (sole !== null) return { kind: 'item', id: sole };
      }
    }
    return { kind: 'unshown', number: ref.number, list: ref.list };
  }

  /** The one item a list of this kind would show now, when it would show exactly one. */
  private async soleItem(me: Profile, community: Community | null, kind: ListKind): Promise<string | null> {
    const { store } = this.deps;
    const one = (ids: readonly string[]) => (ids.length === 1 ? ids[0]! : null);
    switch (kind) {
      case 'buddies': {
        const connections = (await store.connections.listForPerson(me.id)).filter((c) => c.status !== 'declined');
        const others = new Set<PersonId>([...connections.map((c) => otherParty(c, me.id)), ...me.blocked]);
        return one([...others]);
      }
      case 'my-sessions':
        return one((await this.sessions.mine(me)).map((m) => m.session.id));
      case 'requests': {
        const pending = await this.sessions.pendingRequests(me, undefined);
        return pending.ok ? one(pending.value.map((p) => p.request.id)) : null;
      }
      case 'places':
        return one((community?.settings.places ?? []).map((p) => p.name));
      case 'matches':
      case 'sessions':
      case 'reports':
        // Ranked or shared lists: a number in them only means something once they were shown.
        return null;
    }
  }
}
