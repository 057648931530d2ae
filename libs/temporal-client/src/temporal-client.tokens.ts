/** Injection token for the Temporal `Client` of the configured namespace. */
export const TEMPORAL_CLIENT = Symbol('TemporalClient');
