/** The retrospective family (reference `retrospective.py`): 2 legacy + 8 dotted event types and their payloads. */
export * from './constants';
export * from './payloads';
