/**
 * Whether a session's place is where its people are: near the community's meeting places or its
 * members' home areas, and within its host's own travel radius. A place far from all of them (a
 * typo that the gazetteer matched on another continent) is held back for the host to confirm.
 * Members are asked about only as "is anyone near": their areas are never named or measured.
 */
import type { Community } from '../domain/community.js';
import { distanceKm, type GeoPoint } from '../domain/geo.js';
import type { Profile } from '../domain/profile.js';
import type { CoreDeps } from './deps.js';

/** Farther than this many times the community's default radius from everything it has: far. */
const FAR_FACTOR = 2;

/** What a far place is far from, for the host to judge. */
export type FarFrom =
  /** The nearest of the community's meeting places (public to its members), and how far. */
  | { readonly kind: 'meeting-place'; readonly name: string; readonly km: number }
  /** No meeting places, and no member lives near: how far is not said, for it would place them. */
  | { readonly kind: 'members' }
  /** The host's own area, beyond the radius they travel. */
  | { readonly kind: 'home'; readonly area: string; readonly km: number; readonly radiusKm: number };

export interface FarPlace {
  readonly kind: 'far';
  /** The place as it was found ("Atlantis, ZA"). */
  readonly place: string;
  readonly from: FarFrom;
}

export async function farPlace(deps: CoreDeps, host: Profile, community: Community | null, at: GeoPoint, label: string): Promise<FarPlace | null> {
  if (community) {
    const limitKm = FAR_FACTOR * (community.settings.defaultRadiusKm > 0 ? community.settings.defaultRadiusKm : deps.settings.defaultRadiusKm);
    const places = community.settings.places.map((p) => ({ name: p.name, km: distanceKm(p.point, at) })).sort((a, b) => a.km - b.km);
    const nearest = places[0];
    const nearPlace = nearest !== undefined && nearest.km <= limitKm;
    if (!nearPlace && !(await deps.store.people.hasMemberNear(community.id, at, limitKm, host.id))) {
      if (nearest) return { kind: 'far', place: label, from: { kind: 'meeting-place', name: nearest.name, km: nearest.km } };
      // A community with no meeting places and nobody placed yet has no area to be far from.
      if (await deps.store.people.hasMemberNear(community.id, at, null, host.id)) return { kind: 'far', place: label, from: { kind: 'members' } };
    }
  }
  if (host.location) {
    const km = distanceKm(host.location, at);
    if (km > host.radiusKm) return { kind: 'far', place: label, from: { kind: 'home', area: host.area ?? '', km, radiusKm: host.radiusKm } };
  }
  return null;
}
