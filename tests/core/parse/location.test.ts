import { english } from '../../support/say.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  nearestAreaLabel,
  placeFromCoordinates,
  resolveLocation,
  timeZoneAt,
  warmGazetteer,
  type LocationResolution,
  type ResolvedPlace,
} from '../../../src/core/parse/location.js';
import { latOf, lngOf, point } from '../../../src/domain/geo.js';
import type { Result } from '../../../src/result.js';

beforeAll(() => warmGazetteer());

function resolved(text: string): LocationResolution {
  const r = resolveLocation(text);
  if (!r.ok) throw new Error(`expected "${text}" to resolve, got: ${r.error.message}`);
  return r.value;
}

function found(text: string): ResolvedPlace {
  const r = resolved(text);
  if (r.kind !== 'found') throw new Error(`expected one place for "${text}", got ${r.options.map((o) => o.label).join(' | ')}`);
  return r.place;
}

function options(text: string): ResolvedPlace[] {
  const r = resolved(text);
  if (r.kind !== 'ambiguous') throw new Error(`expected a choice for "${text}", got ${r.place.label}`);
  return r.options;
}

function failure<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  // What an English reader is told: the core hands out the words without a language.
  return { code: r.error.code, message: english(r.error.message) };
}

/** No number with a decimal point: the label must never give away the coordinates. */
const NO_COORDINATES = /\d+\.\d+/;

describe('resolving a typed city name', () => {
  it('GIVEN four big US towns called Springfield WHEN someone types "Springfield" THEN they get a choice, biggest first, each labelled with its state', () => {
    const choice = options('Springfield');
    expect(choice.length).toBeGreaterThan(1);
    expect(choice.length).toBeLessThanOrEqual(10);
    const labels = choice.map((o) => o.label);
    expect(labels).toContain('Springfield, Illinois, US');
    expect(labels).toContain('Springfield, Missouri, US');
    expect(labels[0]).toBe('Springfield, Missouri, US');
    expect(new Set(labels).size).toBe(labels.length);
    for (const o of choice) expect(o.timeZone).toMatch(/^America\//);
  });

  it('GIVEN the Springfield choice WHEN the person adds the state as "Springfield, IL" or "Springfield, Illinois" THEN the one in Illinois is found', () => {
    for (const text of ['Springfield, IL', 'Springfield, Illinois', 'springfield illinois']) {
      const place = found(text);
      expect(place.label).toBe('Springfield, Illinois, US');
      expect(place.timeZone).toBe('America/Chicago');
    }
  });

  it('GIVEN Paris, France is a hundred times bigger than any other Paris WHEN someone types "paris" THEN Paris in France is found outright', () => {
    const place = found('paris');
    expect(place.label).toBe('Paris, FR');
    expect(place.timeZone).toBe('Europe/Paris');
    expect(latOf(place.point)).toBeCloseTo(48.85, 1);
  });

  it('GIVEN several small Parises in the US WHEN someone types "Paris, US" THEN only US towns are offered, each with its state', () => {
    const choice = options('Paris, US');
    expect(choice.length).toBeGreaterThan(1);
    for (const o of choice) expect(o.label).toMatch(/^Paris, [A-Za-z ]+, US$/);
    expect(choice.map((o) => o.label)).toContain('Paris, Texas, US');
    expect(found('Paris, TX').label).toBe('Paris, Texas, US');
    expect(found('Paris, France').label).toBe('Paris, FR');
  });

  it('GIVEN a name typed without accents, in capitals or in its English form WHEN it is resolved THEN the place is still found', () => {
    expect(found('ZURICH').label).toBe('Zürich, CH');
    expect(found('koln').label).toBe('Köln, DE');
    expect(found('Cologne').label).toBe('Köln, DE');
    expect(found('Frankfurt').label).toBe('Frankfurt am Main, DE');
    expect(found('New York').label).toBe('New York City, New York, US');
  });

  it('GIVEN London, Ontario and London, England WHEN someone types "London, CA" THEN the Canadian London is found', () => {
    expect(found('London').label).toBe('London, GB');
    const ontario = found('London, CA');
    expect(ontario.label).toBe('London, Ontario, CA');
    expect(ontario.timeZone).toBe('America/Toronto');
  });

  it('GIVEN a district named together with its city WHEN someone types "Kreuzberg, Berlin" THEN the district in Berlin is found', () => {
    const place = found('Kreuzberg, Berlin');
    expect(place.label).toBe('Kreuzberg, DE');
    expect(place.timeZone).toBe('Europe/Berlin');
  });

  it('GIVEN a place that does not exist WHEN it is typed THEN the error names what was typed and shows an example', () => {
    const e = failure(resolveLocation('Xyzzyville'));
    expect(e.code).toBe('not-found');
    expect(e.message).toContain('"Xyzzyville"');
    expect(e.message).toMatch(/e\.g\./);
  });

  it('GIVEN a real city but a country it is not in WHEN "Paris, Germany" is typed THEN the error says there is no Paris there', () => {
    const e = failure(resolveLocation('Paris, Germany'));
    expect(e.message).toContain('"Paris"');
    expect(e.message).toContain('"Germany"');
  });

  it('GIVEN a qualifier that is no country, state or city WHEN "Paris, Narnia" is typed THEN the error names the qualifier', () => {
    expect(failure(resolveLocation('Paris, Narnia')).message).toContain('"Narnia"');
  });

  it('GIVEN nothing or far too much text WHEN it is resolved THEN each gets its own error', () => {
    expect(failure(resolveLocation('   ')).message).toMatch(/city or area/);
    const long = failure(resolveLocation('a'.repeat(201)));
    expect(long.code).toBe('invalid-input');
    expect(long.message).toContain('201');
  });
});

describe('resolving coordinates', () => {
  it('GIVEN a runner who types "52.52, 13.405" WHEN it is resolved THEN the point is kept but the label is the area, never the numbers', () => {
    const place = found('52.52, 13.405');
    expect(latOf(place.point)).toBe(52.52);
    expect(lngOf(place.point)).toBe(13.405);
    expect(place.label).toBe('Berlin, DE');
    expect(place.label).not.toMatch(NO_COORDINATES);
    expect(place.timeZone).toBe('Europe/Berlin');
  });

  it('GIVEN coordinates with spaces only or with hemisphere letters WHEN they are resolved THEN they are read the same way', () => {
    expect(found('52.52 13.405').label).toBe('Berlin, DE');
    expect(found('52.52°N 13.405°E').label).toBe('Berlin, DE');
    const sydney = found('33.87 S, 151.21 E');
    expect(latOf(sydney.point)).toBe(-33.87);
    expect(sydney.label).toBe('Sydney, New South Wales, AU');
    const nyc = found('40.7128, -74.0060');
    expect(nyc.timeZone).toBe('America/New_York');
    expect(nyc.label).not.toMatch(NO_COORDINATES);
  });

  it('GIVEN a latitude of 95 WHEN it is typed THEN it is refused with the valid range and an example', () => {
    const e = failure(resolveLocation('95, 13.4'));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/Latitude must be between -90 and 90/);
    expect(e.message).toMatch(/e\.g\. "\d+\.\d+, \d+\.\d+"/);
    expect(failure(resolveLocation('52.5, 190')).message).toMatch(/Longitude must be between -180 and 180/);
  });

  it('GIVEN only one number WHEN it is typed THEN the error asks for latitude and longitude', () => {
    expect(failure(resolveLocation('52.52')).message).toMatch(/latitude then longitude/);
  });

  it('GIVEN a GPS location shared from a phone WHEN placeFromCoordinates is called THEN it gets an area label and a zone', () => {
    const r = placeFromCoordinates(48.137, 11.575);
    expect(r.ok && r.value.label).toBe('Munich, DE');
    expect(r.ok && r.value.timeZone).toBe('Europe/Berlin');
    expect(placeFromCoordinates(-91, 0).ok).toBe(false);
    expect(placeFromCoordinates(Number.NaN, 0).ok).toBe(false);
  });
});

describe('resolving map links', () => {
  it('GIVEN a Google Maps viewport link WHEN it is pasted THEN the coordinates after @ are used', () => {
    const place = found('https://www.google.com/maps/@52.52,13.40,15z');
    expect(latOf(place.point)).toBe(52.52);
    expect(lngOf(place.point)).toBe(13.4);
    expect(place.label).toBe('Berlin, DE');
  });

  it('GIVEN Google Maps links with ?q= and with a /place/ pin WHEN they are pasted THEN the pin is used', () => {
    expect(latOf(found('https://maps.google.com/maps?q=48.8566,2.3522').point)).toBe(48.8566);
    const pin = found(
      'https://www.google.com/maps/place/Brandenburger+Tor/@52.5162746,13.3755153,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d52.5162746!4d13.3777041',
    );
    expect(lngOf(pin.point)).toBe(13.3777041);
    expect(pin.label).toBe('Berlin, DE');
  });

  it('GIVEN a Google Maps link that searches for a name WHEN it is pasted THEN the name is looked up', () => {
    expect(found('https://www.google.com/maps?q=Lisbon').label).toBe('Lisbon, PT');
  });

  it('GIVEN a maps.app.goo.gl short link WHEN it is pasted THEN the error says to paste the full link or coordinates', () => {
    const e = failure(resolveLocation('https://maps.app.goo.gl/Xy12AbCd'));
    expect(e.message).toMatch(/[Ss]hort map links/);
    expect(e.message).toMatch(/full address|coordinates/);
  });

  it('GIVEN OpenStreetMap links with #map= and with a marker WHEN they are pasted THEN their coordinates are used', () => {
    const view = found('https://www.openstreetmap.org/#map=15/52.52/13.40');
    expect(latOf(view.point)).toBe(52.52);
    expect(view.label).toBe('Berlin, DE');
    const marker = found('https://www.openstreetmap.org/?mlat=48.8584&mlon=2.2945#map=17/48.85/2.29');
    expect(latOf(marker.point)).toBe(48.8584);
    expect(marker.label).toBe('Paris, FR');
  });

  it('GIVEN Apple Maps links with ll= and with q=&sll= WHEN they are pasted THEN the coordinates are used', () => {
    expect(found('https://maps.apple.com/?ll=51.5074,-0.1278&q=Dropped%20Pin').label).toBe('London, GB');
    const sll = found('https://maps.apple.com/?q=Coffee&sll=48.137,11.575');
    expect(sll.label).toBe('Munich, DE');
  });

  it('GIVEN a link with no location in it WHEN it is pasted THEN the error says which links work', () => {
    expect(failure(resolveLocation('https://example.com/hello')).message).toMatch(/Google Maps, OpenStreetMap or Apple Maps/);
    expect(failure(resolveLocation('https://www.google.com/maps/@95,13.4,15z')).message).toMatch(/Latitude/);
  });
});

describe('area labels and zones', () => {
  it('GIVEN points inside Berlin, in Potsdam and in Brooklyn WHEN their area is named THEN each gets the town it is in', () => {
    expect(nearestAreaLabel(point(52.515, 13.454))).toBe('Berlin, DE');
    expect(nearestAreaLabel(point(52.535, 13.2))).toBe('Berlin, DE');
    expect(nearestAreaLabel(point(52.3906, 13.0645))).toBe('Potsdam, DE');
    expect(nearestAreaLabel(point(40.68, -73.94))).toBe('Brooklyn, New York, US');
  });

  it('GIVEN a point at sea WHEN its area is named THEN it still gets a place name, not the coordinates', () => {
    expect(nearestAreaLabel(point(0, -30))).not.toMatch(NO_COORDINATES);
  });

  it('GIVEN points on three continents WHEN their zone is looked up THEN geo-tz gives the IANA zone', () => {
    expect(timeZoneAt(point(52.52, 13.405))).toBe('Europe/Berlin');
    expect(timeZoneAt(point(40.71, -74.0))).toBe('America/New_York');
    expect(timeZoneAt(point(35.68, 139.76))).toBe('Asia/Tokyo');
    expect(timeZoneAt(point(95, 0))).toBe('UTC');
  });
});
