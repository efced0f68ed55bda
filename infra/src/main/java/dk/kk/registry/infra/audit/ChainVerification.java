package dk.kk.registry.infra.audit;

/**
 * The chain recomputed from the event table and compared with the stored links. {@code eventsPending} are the newest
 * events the chain processor has not linked yet; they are not a break.
 */
public record ChainVerification(long eventsChecked, boolean intact, Long firstBrokenPosition, long eventsPending) {}
