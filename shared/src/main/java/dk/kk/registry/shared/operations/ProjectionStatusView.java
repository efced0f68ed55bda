package dk.kk.registry.shared.operations;

/**
 * How far one projection's event processor has come. {@code position} is the lowest position across its segments
 * (null while no segment is claimed), {@code head} the highest global index in the event store, {@code lag} the
 * difference, {@code progress} a percentage (of the replay while replaying).
 */
public record ProjectionStatusView(
        String name,
        Long position,
        long head,
        Long lag,
        boolean replaying,
        int progress,
        boolean running,
        boolean error,
        int segments) {}
