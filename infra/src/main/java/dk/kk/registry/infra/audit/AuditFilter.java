package dk.kk.registry.infra.audit;

import java.time.Instant;

/** The audit log's filters, each optional: recorded time in [from, to), aggregate, user, payload type simple name. */
public record AuditFilter(Instant from, Instant to, String aggregateId, String user, String type) {}
