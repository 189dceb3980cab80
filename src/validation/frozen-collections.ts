/** The validation layer's immutable collections are the shared ones (one implementation). */
export { FrozenMap, FrozenSet } from '../conventions/frozen-collections';
