package dk.kk.registry.infra.demo;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.plan.CreateDevelopmentPlanCommand;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The six development plans of the 2011 policy as its final text ({@code 001_50058d289aa77020.txt}, section
 * Udviklingsplaner) states them: an area each, the wave and budget year of the sentence that names the areas, the
 * purpose in the text's words, and both of the text's statements about when the plans are made ("I 2012 … i 2013"
 * names no areas; the waves do), neither chosen. The seeds give no plan's goals, contents or money, so none is
 * recorded; each plan stays as started. Ids are name-based UUIDs; a plan already recorded is not recorded again.
 */
@Component
@Order(3)
public class DemoPlans implements DemoSection {

    /** The final policy of 2011 as the reasons name it: by the title it is registered with (demo/history.yaml). */
    static final String SEED = "Politik for udsatte byområder";

    static final String POLICY = "policy-2011";
    static final String PREPARED = "I 2012 udarbejdes 3 udviklingsplaner og i 2013 udarbejdes de sidste 3.";
    static final String WAVES = "Der udarbejdes udviklingsplaner for de seks udsatte byområder i to bølger frem imod "
            + "budget 2013 og budget 2014. Med Bispebjerg, Nørrebro og Tingbjerg/Husum i 2013 og Kongens Enghave, "
            + "Valby og Amager/Sundbyområdet i 2014.";
    /** The section's two paragraphs on what a plan does, whole (a shortened quotation would say less than the text). */
    static final String PURPOSE = "I hver udviklingsplan analyseres de specifikke problemer og potentialer i det "
            + "enkelte, udsatte byområde. Der er behov for at se på udfordringerne i boligområderne i sammenhæng med "
            + "det byområde, de indgår i. En del af analysen består i at kortlægge og effektvurdere de eksisterende "
            + "kommunale og private drifts-, individ- og områdebaserede indsatser samt mulig optimering af "
            + "samarbejdet mellem de kommunale driftsinstitutioner, kommunale projekter, boligsorganisationer og "
            + "øvrige aktører. Udviklingsplanen fastsætter på baggrund af analysen specifikke mål for udviklingen af "
            + "hvert enkelt område frem mod 2020 og fastlægger de konkrete redskaber og indsatser, der kan sikre "
            + "målopfyldelse.";

    /** The area, and the name the sentence about the waves gives it. */
    private record DemoPlan(String area, String named, int wave, int budgetYear) {}

    private static final List<DemoPlan> PLANS = List.of(
            new DemoPlan("bispebjerg-nordvest", "Bispebjerg", 1, 2013),
            new DemoPlan("noerrebro", "Nørrebro", 1, 2013),
            new DemoPlan("tingbjerg-husum", "Tingbjerg/Husum", 1, 2013),
            new DemoPlan("vesterbro-kongens-enghave", "Kongens Enghave", 2, 2014),
            new DemoPlan("valby-vigerslev", "Valby", 2, 2014),
            new DemoPlan("amager-sundby", "Amager/Sundbyområdet", 2, 2014));

    private final SystemCommands commands;
    private final ReferenceCatalog catalog;

    DemoPlans(SystemCommands commands, ReferenceCatalog catalog) {
        this.commands = commands;
        this.catalog = catalog;
    }

    @Override
    public int load(DemoHistory history) {
        int recorded = 0;
        for (DemoPlan plan : PLANS) {
            String id = planId(plan.area());
            if (catalog.kindOf(id).isPresent()) {
                continue;
            }
            commands.send(
                    new CreateDevelopmentPlanCommand(
                            id,
                            plan.area(),
                            POLICY,
                            "Udviklingsplan for " + plan.named(),
                            PURPOSE,
                            plan.wave(),
                            plan.budgetYear(),
                            List.of(PREPARED, WAVES)),
                    AuditMetadata.SOURCE_IMPORT,
                    SEED + ": Udviklingsplaner (" + plan.named() + ", bølge " + plan.wave() + " frem imod budget "
                            + plan.budgetYear() + ")",
                    Citation.of("politik-2011", "Udviklingsplaner – et prioriteringsværktøj", null));
            recorded++;
        }
        return recorded;
    }

    public static String planId(String area) {
        return UUID.nameUUIDFromBytes(
                        ("dk.kk.registry.demo.plan/" + POLICY + "/" + area).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
