/** The glossary family (reference `glossary.py`): 8 event types, payloads, the reducer. */
export * from './constants';
export * from './payloads';
export * from './reducer-models';
export * from './reducer';
