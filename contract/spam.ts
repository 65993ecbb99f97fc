/**
 * The spam part's shapes (README "API extensions"): the bulk rejection of a spam wave. Types
 * only. Queue items carry `spamScore`, `signals` and `wave` (contract/wire.ts QueueItem).
 */

/** `POST /admin/sites/{site}/comments/{id}/wave`: reject every near-same comment on the site. */
export interface WaveRequest {
  /** The rule broken: each author of the wave gets one strike. Without it, no strikes. */
  rule?: string;
  note?: string;
}
export interface WaveAnswer {
  /** How many comments this request rejected (the comment itself included). */
  rejected: number;
}
