/** Mission analytics at 6.1.0 (reference `analytics.py`): its public face. */
export {
  TOKEN_USAGE_RECORDED,
  DIFF_SUMMARY_RECORDED,
  ANALYTICS_EVENT_TYPES,
  TokenUsageRecordedPayload,
  DiffSummaryRecordedPayload,
  type MissionCoordinates,
} from './payloads';
