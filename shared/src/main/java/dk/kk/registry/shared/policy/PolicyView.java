package dk.kk.registry.shared.policy;

import java.time.LocalDate;
import java.util.List;

/** A policy with its period and designation criteria. */
public record PolicyView(
        String id,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<String> criteria) {
}
