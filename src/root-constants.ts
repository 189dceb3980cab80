/**
 * Root constants of 6.1.0 that belong to no family module (API-6.1.0.md rows with an empty
 * module column). The reference defines them in `spec_kitty_events/__init__.py`.
 */
import { frozenSet } from './conventions';

/**
 * Event types not routed through the SaaS-bound producer path (classification surface for
 * downstream lint and adapters). Empty at 6.1.0, as in the reference.
 */
export const LOCAL_ONLY_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([]);
