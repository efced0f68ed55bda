package dk.kk.registry.command.plan;

import java.util.Optional;

/**
 * The development plans recorded so far, consistently with the event store: which plan for an area under a policy is
 * still live (not superseded). An implementation holds a lock on the pair until the command's transaction ends, so
 * that two plans created at once for the same area and policy are decided one after the other.
 */
public interface LivePlans {

    Optional<String> livePlan(String area, String policy);
}
