export { findPlaces, choosePlace, type PlaceMention, type PlaceLevel } from './find-places.js';
export {
  lookupPlace,
  placeById,
  governoratePlace,
  countryName,
  foldName,
  exactKey,
  arabicKey,
  looseKey,
  nearKeys,
  keyCollisions,
  SYRIA_GOVERNORATES,
  FOREIGN_MIN_POPULATION,
  type Place,
  type PlaceMatch,
  type MatchKind,
} from './gazetteer.js';
