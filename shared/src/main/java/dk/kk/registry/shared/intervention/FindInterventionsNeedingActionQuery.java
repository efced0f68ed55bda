package dk.kk.registry.shared.intervention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The open interventions that need action on {@code today}, as known at {@code asOf}: of one administration (led by it
 * or with it as a partner), or all when {@code administration} is null; only for the reasons in {@code wanted}, or for
 * any when it is empty. {@code evaluationGrace} is how long after the planned end an evaluation falls due.
 */
public record FindInterventionsNeedingActionQuery(
        String administration,
        LocalDate today,
        Duration evaluationGrace,
        Set<ActionNeeded> wanted,
        Instant asOf,
        int limit) {}
