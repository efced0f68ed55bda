package dk.kk.registry.infra.api.measurement;

import dk.kk.registry.shared.common.UncertainValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the commands on a recorded measurement (API.md, "Goals, measurements, evaluation"). */
final class MeasurementRequests {

    static final int TEXT = 2_000;

    private MeasurementRequests() {}

    record Correct(
            @NotNull UncertainValue value,
            @Size(max = TEXT) String qualityNote,
            @NotBlank @Size(max = TEXT) String reason) {}

    record Retract(@NotBlank @Size(max = TEXT) String reason) {}
}
