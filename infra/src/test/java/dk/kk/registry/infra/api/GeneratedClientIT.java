package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.client.ApiClient;
import dk.kk.registry.client.ApiException;
import dk.kk.registry.client.api.ComparisonControllerApi;
import dk.kk.registry.client.api.InterventionControllerApi;
import dk.kk.registry.client.api.MeasurementControllerApi;
import dk.kk.registry.client.api.ReferenceControllerApi;
import dk.kk.registry.client.model.AddArea;
import dk.kk.registry.client.model.AreaComparisonView;
import dk.kk.registry.client.model.ChangeStage;
import dk.kk.registry.client.model.ComparisonView;
import dk.kk.registry.client.model.GrantFunding;
import dk.kk.registry.client.model.InterventionView;
import dk.kk.registry.client.model.InterventionWritten;
import dk.kk.registry.client.model.MeasurementInput;
import dk.kk.registry.client.model.MeasurementInputPeriod;
import dk.kk.registry.client.model.Money;
import dk.kk.registry.client.model.NewArea;
import dk.kk.registry.client.model.NewOrganisation;
import dk.kk.registry.client.model.RecordExpenditure;
import dk.kk.registry.client.model.Register;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated from the committed API document (openapi-generator's {@code java}/{@code native}, see
 * infra/pom.xml) runs a project manager's and an evaluator's journey: nothing here speaks HTTP but the generated code.
 */
class GeneratedClientIT extends RegistryIT {

    private static final String DECIMAL = "-?[0-9]+(\\.[0-9]+)?";

    private ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }

    private String area(String prefix) throws ApiException {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        new ReferenceControllerApi(as("admin"))
                .registerArea(
                        new NewArea().id(id).name("Område " + id).kind(NewArea.KindEnum.MUNICIPAL_DESIGNATED), null);
        return id;
    }

    private static Money dkk(String amount) {
        return new Money().amount(amount).currency("DKK");
    }

    @Test
    void aProjectManagerRegistersFundsSpendsAndMovesAnIntervention() throws ApiException {
        String first = area("client-first");
        String second = area("client-second");
        String fund = new ReferenceControllerApi(as("admin"))
                .registerOrganisation(
                        new NewOrganisation()
                                .name("Fonden " + first)
                                .kind(NewOrganisation.KindEnum.NATIONAL_BUILDING_FUND),
                        null)
                .getId();
        InterventionControllerApi interventions = new InterventionControllerApi(as("pm.tmf"));

        InterventionWritten registered = interventions.registerIntervention(
                new Register()
                        .title("Klientens indsats")
                        .description("Registreret gennem en genereret klient")
                        .kind(Register.KindEnum.AREA_BASED)
                        .category(Register.CategoryEnum.SAFETY_PARTNERSHIP)
                        .leadAdministration("TMF")
                        .areas(List.of(first))
                        .targetGroups(Set.of(Register.TargetGroupsEnum.ALL_RESIDENTS))
                        .plannedStart("../2019")
                        .plannedEnd("2023-12-31"),
                null);
        String id = registered.getId();
        assertThat(id).isNotBlank();

        InterventionWritten added = interventions.addArea(
                id,
                new AddArea().areaId(second).effectiveFrom("2020-01-01").reason("Udvidet"),
                "\"" + registered.getVersion() + "\"",
                null);
        InterventionWritten granted = interventions.grantFunding(
                id,
                new GrantFunding()
                        .source(fund)
                        .sourceKind(GrantFunding.SourceKindEnum.NATIONAL_BUILDING_FUND)
                        .amount(dkk("250000.50"))
                        .years(List.of(2020, 2021))
                        .decisionReference("BR 1/2020")
                        .reason("Bevilget"),
                "\"" + added.getVersion() + "\"",
                null);
        assertThat(granted.getFundingId()).isNotBlank();
        InterventionWritten spent = interventions.recordExpenditure(
                id, new RecordExpenditure().year(2020).amount(dkk("1200.25")).reason("Forbrug"), null, null);
        assertThat(spent.getExpenditureId()).isNotBlank();
        InterventionWritten staged = interventions.changeStage(
                id,
                new ChangeStage()
                        .stage(ChangeStage.StageEnum.ACTIVE)
                        .effectiveFrom("2019-02")
                        .reason("Igangsat"),
                "\"" + spent.getVersion() + "\"",
                null);

        InterventionView read = interventions.getIntervention(id, null);
        assertThat(read.getVersion()).isEqualTo(staged.getVersion());
        assertThat(read.getPlannedStart()).isEqualTo("../2019");
        assertThat(read.getPlannedStartEarliest()).isNull();
        assertThat(read.getPlannedStartLatest()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(read.getPlannedEndLatest()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(read.getStage()).isEqualTo(InterventionView.StageEnum.ACTIVE);
        assertThat(read.getAreas()).extracting(a -> a.getAreaId()).contains(first, second);
        assertThat(read.getFunding())
                .singleElement()
                .satisfies(line -> assertThat(line.getAmount().getAmount()).isEqualTo("250000.50"));
        assertThat(read.getCommittedTotal().getAmount()).isEqualTo("250000.50");
        assertThat(read.getSpentTotal().getAmount()).isEqualTo("1200.25");
    }

    @Test
    void anEvaluatorRecordsAMeasurementAndReadsAComparison() throws ApiException {
        String area = area("client-measured");
        new MeasurementControllerApi(as("evaluator"))
                .recordMeasurements(
                        new MeasurementInput()
                                .indicator("eviction-warnings")
                                .area(area)
                                .period(new MeasurementInputPeriod(2024))
                                .value("12")
                                .source("Klienten"),
                        null);

        ComparisonView comparison = new ComparisonControllerApi(as("evaluator"))
                .compareAsCsv("eviction-warnings", 2017, 2024, List.of("designated-areas"), "copenhagen", null, null);
        assertThat(comparison.getIndicator()).isEqualTo("eviction-warnings");
        assertThat(comparison.getAreas()).hasSize(1);
        AreaComparisonView row = comparison.getAreas().get(0);
        assertThat(row.getArea()).isEqualTo("designated-areas");
        assertThat(List.of(
                        row.getBaselineValue(),
                        row.getStatusValue(),
                        row.getAbsoluteChange(),
                        row.getDifferenceInDifferences()))
                .allSatisfy(n -> assertThat(n).asString().matches(DECIMAL));
    }
}
