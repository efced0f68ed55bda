package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Puts an area on a list (udpegning) under a policy from a date as its source states it, on the criteria given; a screening may be its basis. */
public record DesignateAreaCommand(
        @TargetAggregateIdentifier String areaId,
        @TargetAggregateVersion Long expectedVersion,
        String designationId,
        DesignationList list,
        String policy,
        UncertainDate effectiveFrom,
        List<String> criteria,
        String screeningId) {}
