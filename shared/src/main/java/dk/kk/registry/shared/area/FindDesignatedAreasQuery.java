package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.Certainty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The designations that certainly or possibly held on some day of {@code [from, to]} (null bounds are open), on one
 * list or (list null) on every list, as known at asOf; {@code certainty} CERTAIN keeps only those that certainly did.
 */
public record FindDesignatedAreasQuery(
        DesignationList list, LocalDate from, LocalDate to, Certainty certainty, Instant asOf) {}
