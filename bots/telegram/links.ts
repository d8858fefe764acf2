/**
 * Deep links: `https://t.me/<bot>?start=<payload>` opens the private chat and sends `/start
 * <payload>`. A payload is 1–64 characters of A–Z, a–z, 0–9, "_" and "-". Ours name either a
 * stored action to run there (the group's "Request to join" button) or the group the person came
 * from (`in_<chat id>`).
 */

const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
const COMMUNITY = /^in_(-\d{1,20})$/;

export const startLink = (botUsername: string, payload: string): string => `https://t.me/${botUsername}?start=${payload}`;

export const communityPayload = (chatId: string): string => `in_${chatId}`;

export type StartPayload =
  | { readonly kind: 'none' }
  | { readonly kind: 'community'; readonly chatId: string }
  | { readonly kind: 'action'; readonly id: string };

export function readStartPayload(payload: string | null): StartPayload {
  if (!payload || !PAYLOAD.test(payload)) return { kind: 'none' };
  const community = COMMUNITY.exec(payload);
  if (community) return { kind: 'community', chatId: community[1]! };
  return { kind: 'action', id: payload };
}

/** The payload that carries a pressed group button into the private chat: the action itself if it fits. */
export const pressPayload = (data: string, chatId: string): string => (PAYLOAD.test(data) && !COMMUNITY.test(data) ? data : communityPayload(chatId));
