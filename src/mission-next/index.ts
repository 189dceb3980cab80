/** The mission-next family (reference `mission_next.py`): 6 event types + 1 reserved, payloads, the reducer. */
export * from './constants';
export * from './payloads';
export * from './reducer-models';
export * from './reducer';
