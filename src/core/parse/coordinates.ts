/**
 * Reading a point out of what a person typed or pasted, without the network: decimal coordinates
 * ("52.52, 13.40", "52.52°N 13.405°E", "33.9 S, 151.2 E") and map links — Google Maps
 * (`/@lat,lng,z`, `?q=lat,lng`, `/place/…/@…`, `!3d…!4d…`), OpenStreetMap (`#map=z/lat/lng`,
 * `?mlat=&mlon=`), Apple Maps (`?ll=`, `?q=…&sll=`, `?coordinate=`) and `geo:` URIs. Short links
 * (maps.app.goo.gl, …) only redirect, so they are reported as such rather than read.
 */

import { squashSpaces } from '../../domain/text.js';

/**
 * The patterns below run over text whose whitespace runs are already single spaces, so each gap
 * is ` ?` rather than `\s*`: neighbouring `\s*` can split one run of spaces in many ways, and
 * the old pattern backtracked through all of them (fifth-degree: 200 characters took ~0.2 s).
 * Each of these is checked by recheck in tests/security/regex-safety.test.ts.
 */
const NUM = String.raw`([+-]?\d{1,3}(?:\.\d+)?)`;
const COORDS = new RegExp(
  String.raw`^(?:([NS]) ?)?${NUM}(?: ?°)?(?: ?([NS]))?(?: ?[,;/] ?| )(?:([EW]) ?)?${NUM}(?: ?°)?(?: ?([EW]))?$`,
  'i',
);
const PAIR = /^(?:loc: ?)?([+-]?\d+(?:\.\d+)?)(?: ?, ?| )([+-]?\d+(?:\.\d+)?)(?: ?$| ?[,(])/;

/** Decimal "lat, lng" with optional N/S/E/W; 'malformed' when it is numbers but not a pair. */
export function parseCoordinateText(typed: string): { lat: number; lng: number } | 'malformed' | null {
  const text = squashSpaces(typed);
  const m = COORDS.exec(text);
  if (m) {
    const latHemi = (m[1] ?? m[3] ?? '').toUpperCase();
    const lngHemi = (m[4] ?? m[6] ?? '').toUpperCase();
    let lat = Number(m[2]);
    let lng = Number(m[5]);
    if (latHemi === 'S') lat = -Math.abs(lat);
    if (lngHemi === 'W') lng = -Math.abs(lng);
    return { lat, lng };
  }
  return /\d/.test(text) && /^[\d\s.,;:/°'"′″+\-NSEWnsew]+$/.test(text) ? 'malformed' : null;
}

/** "52.52,13.40", "52.52, 13.40", "loc:52.52+13.40", "52.52,13.40(Label)". */
function parsePair(value: string | null | undefined): { lat: number; lng: number } | null {
  if (!value) return null;
  const m = PAIR.exec(squashSpaces(value));
  return m ? { lat: Number(m[1]), lng: Number(m[2]) } : null;
}

// ---------------------------------------------------------------- links

export type LinkTarget = { lat: number; lng: number } | { query: string } | 'short' | null;

/** Links that only redirect; following them needs the network. osm.org/go/… is handled below. */
const SHORT_LINK_HOSTS = ['maps.app.goo.gl', 'goo.gl', 'g.co', 'maps.apple', 'bit.ly', 'tinyurl.com', 't.co'];

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** "52.52,13.40(Home)" → "52.52,13.40": a geo: URI's label in brackets at the end. */
function withoutLabel(q: string): string {
  const open = q.indexOf('(');
  return open >= 0 && q.endsWith(')') ? q.slice(0, open) : q;
}

/** google.com, maps.google.de, www.google.co.uk: a "google" label followed only by letter labels. */
function isGoogleHost(host: string): boolean {
  const labels = host.split('.');
  const at = labels.indexOf('google');
  return at >= 0 && at < labels.length - 1 && labels.slice(at + 1).every((l) => /^[a-z]+$/.test(l));
}

export function targetOfLink(url: URL): LinkTarget {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = url.searchParams;
  const path = decode(url.pathname);
  const href = decode(url.href);

  if (url.protocol === 'geo:') {
    // geo:52.52,13.40 or geo:0,0?q=52.52,13.40(Label) or geo:0,0?q=Berlin
    const here = parsePair(url.pathname.split(';')[0]);
    const q = params.get('q');
    if (here && (here.lat !== 0 || here.lng !== 0)) return here;
    return parsePair(q) ?? (q ? { query: withoutLabel(q) } : here);
  }
  const isOsm = host === 'openstreetmap.org' || host === 'osm.org';
  if (SHORT_LINK_HOSTS.includes(host) || (isOsm && path.startsWith('/go/'))) return 'short';

  if (isGoogleHost(host)) {
    const pin = /!3d([+-]?\d+(?:\.\d+)?)!4d([+-]?\d+(?:\.\d+)?)/.exec(href);
    if (pin) return { lat: Number(pin[1]), lng: Number(pin[2]) };
    for (const key of ['q', 'query', 'll', 'destination', 'daddr', 'center', 'sll']) {
      const pair = parsePair(params.get(key));
      if (pair) return pair;
    }
    const at = /@([+-]?\d+(?:\.\d+)?),([+-]?\d+(?:\.\d+)?)/.exec(path);
    if (at) return { lat: Number(at[1]), lng: Number(at[2]) };
    const segment = /\/maps\/(?:search|place|dir)\/([^/]+)/.exec(path)?.[1];
    const pair = parsePair(segment);
    if (pair) return pair;
    const q = params.get('q') ?? params.get('query') ?? segment;
    return q ? { query: q } : null;
  }

  if (isOsm) {
    const mlat = params.get('mlat');
    const mlon = params.get('mlon');
    if (mlat && mlon) return { lat: Number(mlat), lng: Number(mlon) };
    const hash = /map=\d+(?:\.\d+)?\/([+-]?\d+(?:\.\d+)?)\/([+-]?\d+(?:\.\d+)?)/.exec(url.hash);
    if (hash) return { lat: Number(hash[1]), lng: Number(hash[2]) };
    const lat = params.get('lat');
    const lon = params.get('lon');
    if (lat && lon) return { lat: Number(lat), lng: Number(lon) };
    const q = params.get('query');
    return q ? { query: q } : null;
  }

  if (host === 'maps.apple.com' || host === 'beta.maps.apple.com') {
    for (const key of ['ll', 'coordinate', 'sll', 'center', 'daddr', 'q']) {
      const pair = parsePair(params.get(key));
      if (pair) return pair;
    }
    const q = params.get('address') ?? params.get('q') ?? params.get('name');
    return q ? { query: q } : null;
  }

  // Any other map site: the usual parameter names, then "@lat,lng".
  for (const key of ['ll', 'q', 'query', 'coordinate', 'center', 'latlng']) {
    const pair = parsePair(params.get(key));
    if (pair) return pair;
  }
  const lat = params.get('lat');
  const lng = params.get('lng') ?? params.get('lon');
  if (lat && lng && Number.isFinite(Number(lat)) && Number.isFinite(Number(lng))) {
    return { lat: Number(lat), lng: Number(lng) };
  }
  const at = /@([+-]?\d+(?:\.\d+)?),([+-]?\d+(?:\.\d+)?)/.exec(path);
  return at ? { lat: Number(at[1]), lng: Number(at[2]) } : null;
}
