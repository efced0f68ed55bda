package dk.kk.registry.infra.operations;

/**
 * Told about every event a rebuild or a verification replays, so that a caller can show how far it has come. Called on
 * the replaying thread for each event: an implementation decides itself how often to show anything.
 */
@FunctionalInterface
public interface ReplayProgress {

    ReplayProgress NONE = (position, head, events) -> {};

    /** The replay has read {@code events} events, the last at {@code position}, of a store whose head is {@code head}. */
    void advanced(long position, long head, long events);
}
