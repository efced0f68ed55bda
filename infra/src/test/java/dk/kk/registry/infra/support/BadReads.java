package dk.kk.registry.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads that must be refused as bad input. */
public final class BadReads {

    private BadReads() {}

    /** Each path given, read as the API user given, answers 400 with problem details. */
    public static void assertEachIsBadInput(Api api, String... paths) {
        for (String path : paths) {
            Api.Response response = api.get(path);
            assertThat(response.status()).as(path + " " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
