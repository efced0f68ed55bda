package dk.kk.registry.infra.ui.offender;

import dk.kk.registry.command.measurement.RecordingRules;

/** Breaks the infra rules on purpose, so that {@code InfraPackagesTest} can show its UI rule bites. */
public class PageThatJudgesAMeasurement {

    public String rules() {
        return RecordingRules.class.getSimpleName();
    }
}
