package dk.kk.registry.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An intervention names the policy it belongs to; the read shows it; an unknown policy is refused as a rule violation
 * naming the field (problem details), and nothing is recorded.
 */
class InterventionPolicyIT extends RegistryIT {

    @Test
    void aRegistrationNamingItsPolicyIsReadWithIt() {
        String area = fixtures().area("policy-link");
        Map<String, Object> body = fixtures().registration("Lektiecafé under politikken i " + area, area);
        body.put("policy", "policy-2011");
        String id = fixtures().intervention(body);
        assertThat(api().as("evaluator")
                        .get("/api/interventions/" + id)
                        .json()
                        .get("policy")
                        .asText())
                .isEqualTo("policy-2011");

        Map<String, Object> none = fixtures().registration("Lektiecafé uden politik i " + area, area);
        String without = fixtures().intervention(none);
        assertThat(api().as("evaluator")
                        .get("/api/interventions/" + without)
                        .json()
                        .get("policy")
                        .isNull())
                .isTrue();
    }

    @Test
    void anUnknownPolicyIsRefusedAndNothingIsRecorded() {
        String area = fixtures().area("policy-unknown");
        Map<String, Object> body = fixtures().registration("Lektiecafé med ukendt politik i " + area, area);
        body.put("policy", "policy-1999");
        Api.Response refused = api().as("pm.tmf").post("/api/interventions", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("policy");
        assertThat(api().as("evaluator")
                        .get("/api/interventions?area=" + area)
                        .json()
                        .get("items"))
                .isEmpty();
    }
}
