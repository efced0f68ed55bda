package dk.kk.registry.infra.demo;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.ConcludeGoalCommand;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalOutcome;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.ReportGoalStatusCommand;
import dk.kk.registry.shared.goal.SetGoalCommand;
import dk.kk.registry.shared.goal.Target;
import dk.kk.registry.shared.indicator.DefineIndicatorCommand;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.Unit;
import dk.kk.registry.shared.policy.AdoptPolicyCommand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Social Services Administration's two goals of the 2017 policy, as its 2024 status report
 * ({@code 004_c62b4b101824f7a9.txt}) gives them: eviction warnings (Mål 2) and minors brought before a judge
 * (Mål 5), with their baselines, the statuses of 2020 and 2024 (2023 figures for Mål 5) and the report's verdict that
 * both goals were met. Each fact is recorded through the command gateway as an import whose reason names its place in
 * the seed. Recording is idempotent: what the event store already holds is not recorded again, so a second call
 * records nothing. Goal ids are name-based UUIDs, the same in every registry. It needs what
 * {@code ReferenceDataBootstrap} records (the administration SOF, the comparison area {@code copenhagen}), so call it
 * after that has run. It writes behind the command bus and does not wait for the read models.
 */
@Component
@Order(2)
public class DemoGoals implements DemoSection {

    /** The status report as the reasons name it: by the title it is registered with (demo/history.yaml). */
    static final String SEED = "Status på Socialforvaltningens mål i Politik for udsatte byområder 2024";

    static final String SOURCE = "status-sof-2024";
    static final String POLICY = "policy-2017";
    static final String EVICTION_WARNINGS = "eviction-warnings";
    static final String MINORS_BEFORE_JUDGE = "minors-before-judge";
    public static final String EVICTION_GOAL = goalId("SOF/policy-2017/mal-2");
    public static final String MINORS_GOAL = goalId("SOF/policy-2017/mal-5");
    /** The report compares the areas with Copenhagen as a whole ("Niveau for København", "hele København"). */
    private static final String COPENHAGEN = "copenhagen";

    private static final String CASE_2024 = "eDoc 2024-0353188";

    private record Status(
            int year,
            String areaValue,
            String comparisonValue,
            String commentary,
            String dataQualityNote,
            String caseReference,
            String reason) {}

    private record DemoGoal(
            String id,
            String title,
            String indicator,
            Baseline baseline,
            Target target,
            String reason,
            List<Status> statuses,
            int conclusionYear,
            String conclusionReason) {}

    private static final List<DemoGoal> GOALS = List.of(
            new DemoGoal(
                    EVICTION_GOAL,
                    "Færre udsættelser i de udsatte byområder",
                    EVICTION_WARNINGS,
                    new Baseline(2017, exact("1.4"), exact("0.6")),
                    new Target(GoalTargetType.RELATIVE_CHANGE, new BigDecimal("-0.25")),
                    SEED + ": Mål 2, tabel 1 (baseline 2017: udsatte byområder 1,4 %, København 0,6 %; "
                            + "antallet af varslinger af fogedudsættelser skal være faldet med 25 % over perioden)",
                    List.of(
                            new Status(
                                    2020,
                                    "0.8",
                                    "0.3",
                                    "Ved seneste status i 2021 var niveauet for de udsatte byområder 0,8 % i 2020, "
                                            + "og niveauet for København var 0,3 % i 2020.",
                                    null,
                                    null,
                                    SEED + ": Mål 2, Forvaltningens kommentarer (status afgivet i 2021)"),
                            new Status(
                                    2024,
                                    "0.6",
                                    "0.2",
                                    "Statussen viser, at Socialforvaltningen har opnået målsætningen om, at antallet "
                                            + "af varslinger af fogedudsættelser i de udsatte byområder skal være "
                                            + "faldet med 25 % over perioden.",
                                    "Siden seneste afrapportering har Socialforvaltningen skiftet "
                                            + "journaliseringssystem, hvorfor status for 2024 er behæftet med "
                                            + "usikkerhed: i datagrundlaget er der 110 sager med en hændelse vedr. "
                                            + "varsling om fogedudsættelse, hvor adressen ikke kan lokaliseres eller "
                                            + "ikke hører til København. Adresserne er registreret manuelt i DOMUS.",
                                    CASE_2024,
                                    SEED + ": Mål 2, tabel 1 (status 2024) og Forvaltningens kommentarer")),
                    2024,
                    SEED + ": følgebrev og Mål 2, Forvaltningens kommentarer: Socialforvaltningen har opnået "
                            + "målsætningen (sidste status på målsætningen i politikken for 2017-2025)"),
            new DemoGoal(
                    MINORS_GOAL,
                    "Færre unge kriminelle i udsatte byområder",
                    MINORS_BEFORE_JUDGE,
                    new Baseline(2016, exact("56"), null),
                    new Target(GoalTargetType.RELATIVE_CHANGE, new BigDecimal("-0.06")),
                    SEED + ": Mål 5, tabel 1 (baseline, opgjort for 2016: 56 %, 28 af 50 unikke unge fremstillet i "
                            + "grundlovsforhør i København boede i de udsatte byområder; andelen skal være faldet "
                            + "med 6 % over perioden)",
                    List.of(
                            new Status(
                                    2020,
                                    "59",
                                    null,
                                    "Ved seneste status i 2021 udgjorde andelen 59 % i 2020 (20 unikke unge i "
                                            + "udsatte byområder ud af i alt 34 unge i hele København).",
                                    null,
                                    null,
                                    SEED + ": Mål 5, Forvaltningens kommentarer (status afgivet i 2021)"),
                            new Status(
                                    2023,
                                    "42",
                                    null,
                                    "Andelen udgjorde 42 % i 2023 (11 unikke unge i udsatte byområder ud af i alt 26 "
                                            + "unge i hele København). Statussen viser, at Socialforvaltningen har "
                                            + "opnået målsætningen.",
                                    null,
                                    CASE_2024,
                                    SEED + ": Mål 5, tabel 1 (status 2024, opgjort for 2023) og Forvaltningens "
                                            + "kommentarer")),
                    2024,
                    SEED + ": følgebrev og Mål 5, Forvaltningens kommentarer: Socialforvaltningen har opnået "
                            + "målsætningen (sidste status på målsætningen i politikken for 2017-2025)"));

    private final SystemCommands commands;
    private final ReferenceCatalog catalog;
    private final EventStore eventStore;

    DemoGoals(SystemCommands commands, ReferenceCatalog catalog, EventStore eventStore) {
        this.commands = commands;
        this.catalog = catalog;
        this.eventStore = eventStore;
    }

    /** Records whatever of the two goals, their indicators and their policy is missing; answers how many facts. */
    @Override
    public int load(DemoHistory history) {
        return record();
    }

    public int record() {
        int recorded = policy();
        recorded += indicator(
                new DefineIndicatorCommand(
                        EVICTION_WARNINGS,
                        "Varslinger af fogedudsættelser i forhold til antallet af boliger",
                        Unit.PERCENT,
                        Direction.LOWER_IS_BETTER,
                        "DOMUS (Socialforvaltningens journaliseringssystem)"),
                SEED + ": Mål 2, Status 2024 (indikator og opgørelse via DOMUS)");
        recorded += indicator(
                new DefineIndicatorCommand(
                        MINORS_BEFORE_JUDGE,
                        "Andel af mindreårige kriminelle fremstillet i grundlovsforhør, der bor i de udsatte byområder",
                        Unit.PERCENT,
                        Direction.LOWER_IS_BETTER,
                        "Socialforvaltningens opgørelse af unge fremstillet i grundlovsforhør"),
                SEED + ": Mål 5, Status 2024 (indikator)");
        for (DemoGoal goal : GOALS) {
            recorded += goal(goal);
        }
        return recorded;
    }

    private int policy() {
        if (present(POLICY, ReferenceKind.POLICY)) {
            return 0;
        }
        commands.send(
                new AdoptPolicyCommand(
                        POLICY,
                        "Politik for udsatte byområder, revideret 2017",
                        UncertainDate.year(2017),
                        UncertainDate.year(2025),
                        List.of(),
                        List.of(),
                        null,
                        List.of(
                                "Andelen af beboere uden for arbejdsmarkedet",
                                "Andelen af beboere uden uddannelse",
                                "Andelen af beboere med lav indkomst",
                                "Andelen af beboere med ikke-vestlig herkomst",
                                "Boligareal pr. beboer")),
                AuditMetadata.SOURCE_IMPORT,
                SEED + ": følgebrev (politikken revideret i 2017 med ambitionen, at de "
                        + "udsatte byområder i 2025 skal være halvt så udsatte som i 2017 ift. de fem "
                        + "udpegningskriterier; politikken for 2017-2025; kun årstal er oplyst)");
        return 1;
    }

    private int indicator(DefineIndicatorCommand command, String reason) {
        if (present(command.indicatorId(), ReferenceKind.INDICATOR)) {
            return 0;
        }
        commands.send(command, AuditMetadata.SOURCE_IMPORT, reason, cited(reason));
        return 1;
    }

    private int goal(DemoGoal goal) {
        int recorded = 0;
        Set<Integer> reported = new HashSet<>();
        boolean concluded = false;
        if (present(goal.id(), ReferenceKind.GOAL)) {
            for (DomainEventMessage<?> event :
                    eventStore.readEvents(goal.id()).asStream().toList()) {
                if (event.getPayload() instanceof GoalStatusReportedEvent status) {
                    reported.add(status.year());
                } else if (event.getPayload() instanceof GoalConcludedEvent) {
                    concluded = true;
                }
            }
        } else {
            commands.send(
                    new SetGoalCommand(
                            goal.id(),
                            goal.title(),
                            POLICY,
                            "SOF",
                            goal.indicator(),
                            List.of(),
                            COPENHAGEN,
                            goal.baseline(),
                            goal.target(),
                            2025),
                    AuditMetadata.SOURCE_IMPORT,
                    goal.reason(),
                    cited(goal.reason()));
            recorded++;
        }
        for (Status status : goal.statuses()) {
            if (!reported.contains(status.year())) {
                commands.send(
                        new ReportGoalStatusCommand(
                                goal.id(),
                                null,
                                status.year(),
                                exact(status.areaValue()),
                                status.comparisonValue() == null ? null : exact(status.comparisonValue()),
                                status.commentary(),
                                status.dataQualityNote(),
                                status.caseReference()),
                        AuditMetadata.SOURCE_IMPORT,
                        status.reason(),
                        cited(status.reason()));
                recorded++;
            }
        }
        if (!concluded) {
            commands.send(
                    new ConcludeGoalCommand(goal.id(), null, GoalOutcome.MET, goal.conclusionYear()),
                    AuditMetadata.SOURCE_IMPORT,
                    goal.conclusionReason(),
                    cited(goal.conclusionReason()));
            recorded++;
        }
        return recorded;
    }

    private boolean present(String id, ReferenceKind kind) {
        return catalog.kindOf(id)
                .map(found -> {
                    if (found != kind) {
                        throw new IllegalStateException("'" + id + "' is already the id of " + found.withArticle());
                    }
                    return true;
                })
                .orElse(false);
    }

    /** The status report as the source the demo history registers, cited at the place the reason names. */
    static Citation cited(String reason) {
        String place = reason.startsWith(SEED + ": ") ? reason.substring(SEED.length() + 2) : reason;
        return Citation.of(
                SOURCE,
                place.length() <= Citation.MAX_LOCATOR ? place : place.substring(0, Citation.MAX_LOCATOR - 1) + "…",
                null);
    }

    /** The id of a demo goal by its name ('SOF/policy-2017/mal-2'), the same in every registry. */
    static String goalId(String name) {
        return UUID.nameUUIDFromBytes(("dk.kk.registry.demo.goal/" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The report states each of its goals' figures exactly. */
    private static UncertainValue exact(String value) {
        return UncertainValue.exact(new BigDecimal(value));
    }
}
