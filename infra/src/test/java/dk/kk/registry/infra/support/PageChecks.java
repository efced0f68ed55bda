package dk.kk.registry.infra.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The checks every page of a journey passes: the HTML the server sent, as the W3C Nu HTML checker reads it (no error),
 * the page as the browser shows it, as axe-core reads it (no violation), and the server's time to answer it, read
 * {@link #SAMPLES} times in the browser's session; each page's 95th percentile goes to
 * {@code target/page-times.tsv}.
 */
public final class PageChecks {

    static final int SAMPLES = 20;
    private static final Path TIMES = Path.of("target", "page-times.tsv");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PageChecks() {}

    /** What the Nu checker and axe-core found wrong on the browser's page; empty when nothing. */
    static List<String> problems(ChromeDriver browser, String name) {
        return problemsIn(browser, served(browser, name));
    }

    /**
     * What the Nu checker finds wrong in the HTML given (the browser's page as the server sent it) and axe-core in the
     * page the browser shows; empty when nothing.
     */
    public static List<String> problemsIn(ChromeDriver browser, String html) {
        List<String> problems = new ArrayList<>();
        HtmlChecker.errors(html).forEach(error -> problems.add("Nu " + error));
        problems.addAll(axeViolations(browser));
        return problems;
    }

    /** What axe-core finds wrong in the page the browser shows; empty when nothing. */
    public static List<String> axeViolations(ChromeDriver browser) {
        List<String> problems = new ArrayList<>();
        Results axe = new AxeBuilder().analyze(browser);
        for (Rule violation : axe.getViolations()) {
            problems.add("axe " + violation.getId() + ": " + violation.getHelp() + " "
                    + violation.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")));
        }
        return problems;
    }

    /**
     * The page the browser shows, fetched again with its cookies (the same session and language): the HTML as sent,
     * before any script ran, and timed.
     */
    private static String served(ChromeDriver browser, String name) {
        URI page = URI.create(browser.getCurrentUrl());
        String body = null;
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            body = fetch(browser, page).body();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long p95 = nanos[(int) Math.ceil(SAMPLES * 0.95) - 1];
        try {
            Files.createDirectories(TIMES.getParent());
            Files.writeString(
                    TIMES,
                    name + "\t" + page.getPath() + "\tp95 " + p95 / 1_000_000 + " ms\tmedian "
                            + nanos[SAMPLES / 2] / 1_000_000 + " ms\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body;
    }

    /** An address of the registry read in the browser's session: its cookies, so the same user and language. */
    public static HttpResponse<String> fetch(ChromeDriver browser, URI address) {
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(address)
                            .header("Cookie", cookies)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
