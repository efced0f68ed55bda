package dk.kk.registry.infra.operations;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.RegisterAreaCommand;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.organisation.OrganisationKind;
import dk.kk.registry.shared.organisation.RegisterOrganisationCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reference data every registry holds, in every environment: the seven administrations (whose organisation id
 * is their code) and the two comparison areas, the whole city and the rest of the city. Recorded once, as events.
 */
@Component
@Order(0)
class ReferenceDataBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataBootstrap.class);

    static final Map<String, String> ADMINISTRATIONS = new LinkedHashMap<>();

    static {
        ADMINISTRATIONS.put("ØKF", "Økonomiforvaltningen");
        ADMINISTRATIONS.put("KFF", "Kultur- og Fritidsforvaltningen");
        ADMINISTRATIONS.put("BUF", "Børne- og Ungdomsforvaltningen");
        ADMINISTRATIONS.put("SUF", "Sundheds- og Omsorgsforvaltningen");
        ADMINISTRATIONS.put("SOF", "Socialforvaltningen");
        ADMINISTRATIONS.put("TMF", "Teknik- og Miljøforvaltningen");
        ADMINISTRATIONS.put("BIF", "Beskæftigelses- og Integrationsforvaltningen");
    }

    private final ReferenceCatalog catalog;
    private final SystemCommands commands;
    private final boolean recordAtStart;

    /**
     * {@code registry.reference-data.record-at-start=false} leaves the database as it is: a restore needs it without an
     * event, and the restored log brings these facts as they were first recorded.
     */
    ReferenceDataBootstrap(
            ReferenceCatalog catalog,
            SystemCommands commands,
            @Value("${registry.reference-data.record-at-start:true}") boolean recordAtStart) {
        this.catalog = catalog;
        this.commands = commands;
        this.recordAtStart = recordAtStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!recordAtStart) {
            return;
        }
        int recorded = 0;
        for (Map.Entry<String, String> administration : ADMINISTRATIONS.entrySet()) {
            if (catalog.kindOf(administration.getKey()).isEmpty()) {
                commands.send(
                        new RegisterOrganisationCommand(
                                administration.getKey(), administration.getValue(), OrganisationKind.ADMINISTRATION),
                        AuditMetadata.SOURCE_SYSTEM,
                        "en af Københavns Kommunes syv forvaltninger");
                recorded++;
            }
        }
        recorded += area("copenhagen", "København (hele byen)");
        recorded += area("rest-of-copenhagen", "Resten af København");
        if (recorded > 0) {
            log.info("reference data recorded events={}", recorded);
        }
    }

    private int area(String id, String name) {
        if (catalog.kindOf(id).isPresent()) {
            return 0;
        }
        commands.send(
                new RegisterAreaCommand(id, name, AreaKind.COMPARISON),
                AuditMetadata.SOURCE_SYSTEM,
                "sammenligningsområde, som hver indikator måles op imod");
        return 1;
    }
}
