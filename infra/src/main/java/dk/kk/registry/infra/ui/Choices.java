package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.intervention.DecisionType;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.TargetGroup;
import dk.kk.registry.shared.organisation.OrganisationKind;
import java.util.Arrays;
import java.util.List;

/**
 * The enumerations pages offer as choices ({@code ${choices.categories()}}); each value's label is the message
 * {@code <prefix>.<VALUE>}. Templates get them from the model, since Thymeleaf refuses static access in fragment
 * parameters.
 */
public record Choices(
        List<InterventionKind> kinds,
        List<InterventionCategory> categories,
        List<TargetGroup> targetGroups,
        List<Stage> stages,
        List<Stage> stagesSetDirectly,
        List<PartnerRole> partnerRoles,
        List<FundingSourceKind> sourceKinds,
        List<EvaluationMethod> methods,
        List<EvaluationResult> results,
        List<DecisionType> decisions,
        List<OrganisationKind> organisationKinds,
        List<AreaKind> areaKinds) {

    static final Choices ALL = new Choices(
            List.of(InterventionKind.values()),
            List.of(InterventionCategory.values()),
            List.of(TargetGroup.values()),
            List.of(Stage.values()),
            Arrays.stream(Stage.values()).filter(Stage::isSetDirectly).toList(),
            List.of(PartnerRole.values()),
            List.of(FundingSourceKind.values()),
            List.of(EvaluationMethod.values()),
            List.of(EvaluationResult.values()),
            List.of(DecisionType.values()),
            List.of(OrganisationKind.values()),
            List.of(AreaKind.values()));
}
