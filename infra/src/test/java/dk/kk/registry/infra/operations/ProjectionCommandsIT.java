package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.RegistryIT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * {@code rebuild <projection|all>} and {@code verify} from the command line, driven here through the command class on
 * the test's registry (the same code {@code java -jar registry.jar …} runs, without a second JVM).
 */
class ProjectionCommandsIT extends RegistryIT {

    @Autowired
    ProjectionCommands commands;

    /** What a command printed, and its exit status. */
    private record Run(int exitCode, String out, String err) {}

    private Run rebuild(String target) {
        return run(target);
    }

    private Run run(String rebuildTarget) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exitCode = rebuildTarget == null
                ? commands.verify(outStream, errStream, true)
                : commands.rebuild(rebuildTarget, outStream, errStream, true);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRebuildEndsWithAFullBarASummaryAndStatusZeroAndTheProjectionGoesOn() {
        var fixtures = fixtures();
        String area = fixtures.area("cli-valby");
        String before = fixtures.intervention(fixtures.registration("Fritidsjob", area));
        String title = api().as("auditor")
                .get("/api/interventions/" + before)
                .json()
                .get("title")
                .asText();

        Run run = rebuild("interventions");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .startsWith("\rrebuilding interventions [")
                .contains("100%")
                .endsWith("\n");
        assertThat(run.out()).matches("rebuilt interventions: [0-9 ]+ events in [0-9.]+ s, [0-9 ]+ events/s\\R");
        assertThat(api().as("auditor")
                        .get("/api/interventions/" + before)
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo(title);
        String after = fixtures.intervention(fixtures.registration("Lommepengejob", area));
        assertThat(api().as("auditor").get("/api/interventions/" + after).status())
                .isEqualTo(200);
    }

    @Test
    void allRebuildsEveryProjectionInTurn() {
        Run run = rebuild("all");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().map(line -> line.substring(0, line.indexOf(':'))))
                .containsExactly(
                        "rebuilt areas",
                        "rebuilt development-plans",
                        "rebuilt goals",
                        "rebuilt interventions",
                        "rebuilt measurements",
                        "rebuilt reference",
                        "rebuilt screenings",
                        "rebuilt source-facts");
    }

    @Test
    void theHashChainAndUnknownNamesAreRefusedWithStatusTwo() {
        Run chain = rebuild("audit-chain");
        Run unknown = rebuild("intervention");

        assertThat(chain.exitCode()).isEqualTo(2);
        assertThat(chain.err()).contains("audit-chain is the hash chain, not a projection");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("unknown projection 'intervention'; one of: areas, development-plans, goals, interventions,");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void aWrongCommandLineGetsItsUsageAndStatusTwo() {
        commands.run(new DefaultApplicationArguments("rebuild"));
        assertThat(commands.getExitCode()).isEqualTo(2);
        commands.run(new DefaultApplicationArguments("verify", "interventions"));
        assertThat(commands.getExitCode()).isEqualTo(2);
        assertThat(ProjectionCommands.requested("rebuild", "all")).isTrue();
        assertThat(ProjectionCommands.requested("verify")).isTrue();
        assertThat(ProjectionCommands.requested("--server.port=0")).isFalse();
    }

    @Test
    void verifySaysEqualWithStatusZeroAndNamesADifferingRowWithStatusOne() {
        Run equal = run(null);

        assertThat(equal.exitCode()).as(equal.out() + equal.err()).isZero();
        assertThat(equal.out()).startsWith("equal: every projection matches its rebuild (");
        assertThat(equal.err()).contains("verifying projections [").contains("100%");

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT intervention_id, version, title FROM intervention_version
                ORDER BY intervention_id, version LIMIT 1""");
        try {
            jdbc.update(
                    "UPDATE intervention_version SET title = 'x' WHERE intervention_id = ? AND version = ?",
                    row.get("intervention_id"),
                    row.get("version"));

            Run different = run(null);

            assertThat(different.exitCode()).isEqualTo(1);
            assertThat(different.out())
                    .contains("differs: intervention_version: 1 rows only in the live table, 1 only "
                            + "in the rebuild; keys " + row.get("intervention_id") + "/" + row.get("version"))
                    .contains("not equal (");
        } finally {
            jdbc.update(
                    "UPDATE intervention_version SET title = ? WHERE intervention_id = ? AND version = ?",
                    row.get("title"),
                    row.get("intervention_id"),
                    row.get("version"));
        }
    }
}
