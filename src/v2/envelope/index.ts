/** The 2.1.0 envelope: its `Event` model, with the records, errors and primitives shared by both contracts. */
export { Event } from './event';
export * from '../../envelope';
