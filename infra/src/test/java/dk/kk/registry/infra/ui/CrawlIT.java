package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.BrowserIT;
import dk.kk.registry.infra.support.HtmlChecker;
import dk.kk.registry.infra.support.PageChecks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Walks the UI as each demo role does, in Danish and in English: from the start page it follows the same-origin
 * links breadth first (and submits each GET form as it stands, the way a first visitor presses "Vis"), but opens one
 * page per <em>route template</em> (the controller's path pattern, "?…" when the query has values), so the walk stays
 * bounded: a template one role has checked is, for the next roles, only read for its links. Each page passes the Nu
 * HTML checker, shows no English on a Danish page and no code where a label belongs ({@link #wordsProblems}), and is
 * photographed; axe-core reads every template in Danish and, in English, each start page and error page (an English
 * page has its Danish twin's markup; the journeys run axe on theirs in both languages). A few planted bad addresses
 * must give the registry's own styled error page. Each page's server time is its {@code Server-Timing} header
 * ({@code ServerTimingFilter}), as the browser read it and as read {@link #SAMPLES} times more; the p95 per template
 * goes to {@code target/crawl/report.md}, with a screenshot of every page beside it.
 */
class CrawlIT extends BrowserIT {

    private static final Path OUT = Path.of("target", "crawl");
    /** The demo users, one per role (pm.sof is the same role as pm.tmf in another administration). */
    private static final List<String> USERS = List.of("pm.tmf", "evaluator", "auditor", "admin");

    private static final List<String> LANGUAGES = List.of("da", "en");
    /** New templates a role may add in one language; the start page and error pages come on top. */
    private static final int PAGES_PER_ROLE = 25;
    /** Readings of each page's server time besides the browser's own: the last is the HTML the Nu checker reads. */
    private static final int SAMPLES = 2;
    /** Addresses that must answer with the registry's own error page, in the user's language. */
    private static final List<String> BAD_ADDRESSES = List.of(
            "/no-such-page", "/interventions/no-such-intervention", "/sources/no-such-source", "/interventions?q=%01");
    /** Links the walk does not follow: the language switch (it would change the walk's language), downloads, API. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|swagger-ui|actuator|css|js|webjars|images|logout|login|favicon)(/|\\.|$)|\\.(csv|ndjson|json|xml|svg|png)$");

    /**
     * English that the registry must not write on a Danish page: words that are not also Danish (so not "data",
     * "status", "start", "partner", "type", "have", "by", "for", "to", "at", "private" — Danish words all), matched as
     * whole words, case ignored.
     */
    private static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "of",
            "is",
            "are",
            "was",
            "were",
            "with",
            "this",
            "that",
            "these",
            "which",
            "from",
            "not",
            "has",
            "been",
            "will",
            "would",
            "should",
            "could",
            "there",
            "their",
            "its",
            "into",
            "than",
            "when",
            "where",
            "what",
            "who",
            "why",
            "how",
            "before",
            "after",
            "already",
            "only",
            "each",
            "every",
            "none",
            "please",
            "cancel",
            "search",
            "hide",
            "back",
            "next",
            "previous",
            "sign",
            "year",
            "years",
            "area",
            "areas",
            "interventions",
            "goal",
            "goals",
            "source",
            "sources",
            "evaluation",
            "evaluations",
            "measurement",
            "measurements",
            "funding",
            "organisations",
            "organization",
            "planned",
            "recorded",
            "registered",
            "correction",
            "corrections",
            "comparison",
            "indicator",
            "indicators",
            "value",
            "values",
            "missing",
            "unknown",
            "overdue",
            "due",
            "ended",
            "concluded",
            "abandoned",
            "active",
            "draft",
            "target",
            "because",
            "between",
            "until",
            "since",
            "about",
            "also",
            "must",
            "cannot",
            "does",
            "here",
            "shown",
            "shows",
            "changed",
            "changes",
            "name",
            "names",
            "report",
            "reports",
            "events",
            "projection",
            "projections",
            "processing",
            "group",
            "housing",
            "association",
            "or",
            "on",
            "an",
            "no",
            "yes",
            "off");
    /**
     * Names written as their sources write them, allowed wherever they stand: "Young Foundation", whose life cycle the
     * 2011 policy follows (seeds 001 and 003); "ABIF KLUB" (the 2025 texts, seeds 000 and 002) and
     * "ForeningsGuiderne" and "KulturGuiderne" (seeds 001 and 003), interventions' names. The demo users' user names ("admin",
     * "evaluator", "auditor", "pm.tmf") are names too, but the header shows display names; none is on the English
     * list, nor is "Private", a Danish word ("private virksomheder").
     */
    private static final Set<String> PROPER_NAMES =
            Set.of("Young Foundation", "ABIF KLUB", "ForeningsGuiderne", "KulturGuiderne");
    /**
     * Abbreviations a Danish page uses as words: the administrations' own (TMF, SOF, …), formats and standards the
     * registry names (CSV, NDJSON, JSON, IATI, HTML, API) and what the sources themselves write in capitals (DOMUS,
     * the case system the status of 2024 names).
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "IATI", "NDJSON", "JSON", "HTML", "CSV", "OECD", "UUID", "SHA", "ISO", "KBH", "BBR", "DAC", "OIDC", "ØKF",
            "ABA", "FSB", "CBS", "KAB", "AAB", "SAB", "BIF", "BUF", "KFF", "SOF", "SUF", "TMF", "BR", "VIVE", "ANSI",
            "UTC", "NB", "PDF", "DOMUS");
    /**
     * An id in kebab case: one of the registry's slugs, or one with a digit ("policy-2011", "m-19e8…"); other
     * lowercase words with hyphens are Danish ("ikke-vestlig", "ungdomsuddannelses-vejledning").
     */
    private static final Pattern KEBAB = Pattern.compile("\\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\\b");
    /**
     * What other tests of the same JVM typed: their records carry generated ids ({@code Fixtures.area}: a prefix and
     * eight hex digits, "Lektiecafé i ui-journey-c04e6d75"; an organisation named with a UUID, "Udførende 8e61…"),
     * and their names are data, not the registry's words.
     */
    private static final Pattern FIXTURE = Pattern.compile("\\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[0-9a-f]{8}\\b"
            + "|\\p{L} [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Programmers' words where a label belongs. */
    private static final List<Pattern> CODE = List.of(
            Pattern.compile("\\b[A-ZÆØÅ][A-ZÆØÅ0-9]*(_[A-ZÆØÅ0-9]+)+\\b"),
            Pattern.compile("\\b[A-ZÆØÅ]{4,}\\b"),
            Pattern.compile("\\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\\b"),
            KEBAB,
            Pattern.compile(
                    "\\bnull\\b|\\bundefined\\b|\\bNaN\\b|Optional\\[|\\?\\?[^?\\s]+\\?\\?|Exception\\b|\\bjava\\.",
                    Pattern.CASE_INSENSITIVE));

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\shref=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");

    /** The page's visible text, piece by piece, with what the walk needs to judge it. */
    private static final String TEXTS = """
            const out = [];
            const skip = 'script,style,noscript,template';
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const add = (el, text) => {
              if (!text || !text.trim()) return;
              const langEl = el.closest('[lang]');
              out.push({text: text.replace(/\\s+/g, ' ').trim(), lang: langEl ? langEl.lang : document.documentElement.lang,
                quoted: !!el.closest('q,blockquote,.quotation,cite'), code: !!el.closest('code,kbd,samp,pre'),
                block: (el.closest('li,td,th,dd,dt,p,h1,h2,h3,h4,label,legend,option,button,a,span') || el).textContent
                  .replace(/\\s+/g, ' ').trim()});
            };
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.parentElement.closest(skip)) add(n.parentElement, n.nodeValue);
            }
            for (const el of document.querySelectorAll('[title],[aria-label],[placeholder],[alt]')) {
              for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
                if (el.hasAttribute(a)) add(el, el.getAttribute(a));
              }
            }
            return out;""";
    /** The page's same-origin links, and each GET form's address as it would be sent now. */
    private static final String LINKS = """
            const out = [];
            for (const a of document.querySelectorAll('a[href]')) {
              if (a.origin === location.origin) out.push(a.href.split('#')[0]);
            }
            for (const f of document.querySelectorAll('form')) {
              if ((f.getAttribute('method') || 'get').toLowerCase() !== 'get') continue;
              const url = new URL(f.action, location.href);
              url.search = new URLSearchParams(new FormData(f)).toString();
              if (url.origin === location.origin) out.push(url.href);
            }
            return out;""";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** The registry's slugs (areas, indicators, sources, policies): shown alone, they are code where a name belongs. */
    private final Set<String> knownIds = new java.util.HashSet<>();

    private final Map<String, List<Double>> serverTimes = new LinkedHashMap<>();
    private final Map<String, String> exampleOf = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>() {
        @Override
        public boolean add(String problem) {
            try {
                Files.writeString(
                        OUT.resolve("problems.txt"),
                        problem + "\n",
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return super.add(problem);
        }
    };
    /** Where the walk's own time goes, for the report: loading, reading the server time, Nu and axe, screenshots. */
    private final Map<String, Long> phases = new LinkedHashMap<>();

    private final List<String> visitedRows = new ArrayList<>();

    @Test
    void everyRolesPagesReadInTheUsersLanguageWithoutCodesAndPassTheCheckers() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(OUT);
        Files.deleteIfExists(OUT.resolve("problems.txt"));
        for (String list : List.of("/api/areas", "/api/indicators", "/api/sources", "/api/policies")) {
            var answer = api().as("admin").get(list + "?size=200");
            var items = answer.json().isArray() ? answer.json() : answer.json().path("items");
            // an id that its record's own name contains (a test's "Område start-pm-1a2b…") is typed data, not code
            items.forEach(item -> {
                String id = item.path("id").asText();
                if (!item.path("name").asText("").contains(id)
                        && !item.path("title").asText("").contains(id)) {
                    knownIds.add(id);
                }
            });
        }
        assertThat(knownIds).as("the registry's slugs, read from its API").contains("amager-sundby", "policy-2011");
        List<PathPattern> patterns = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                .sorted(PathPattern.SPECIFICITY_COMPARATOR)
                .distinct()
                .toList();
        for (String language : LANGUAGES) {
            Set<String> seen = new LinkedHashSet<>();
            for (String user : USERS) {
                browser.manage().deleteAllCookies();
                signIn(user);
                go("/?lang=" + language);
                crawl(user, language, patterns, seen);
            }
            for (String bad : BAD_ADDRESSES) {
                go(bad);
                check("admin", language, "error " + template(bad, patterns), true);
            }
        }
        writeReport((System.nanoTime() - start) / 1_000_000_000L);
        assertThat(problems).as("see target/crawl/report.md").isEmpty();
    }

    /**
     * One role's walk in one language: breadth first from the start page, one page per template. A template this
     * language has already checked (for an earlier role) is only read for its links, without the browser; a new one is
     * opened in the browser and checked, up to {@link #PAGES_PER_ROLE} of them.
     */
    private void crawl(String user, String language, List<PathPattern> patterns, Set<String> checked) {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> visited = new LinkedHashSet<>();
        Set<String> queued = new LinkedHashSet<>(queue);
        int added = 0;
        while (!queue.isEmpty() && added < PAGES_PER_ROLE) {
            String address = queue.poll();
            String key = address.equals("/") ? "/ (" + user + ")" : template(address, patterns);
            if (!visited.add(key)) {
                continue;
            }
            List<String> links;
            if (checked.contains(key)) {
                long reading = System.nanoTime();
                HttpResponse<String> page = PageChecks.fetch(browser, URI.create("http://localhost:" + port + address));
                links = page.statusCode() == 200 ? hrefs(page.body()) : List.of();
                phase("read for links", reading);
            } else {
                checked.add(key);
                added++;
                long loading = System.nanoTime();
                go(address);
                phase("load", loading);
                check(user, language, key, false);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(LINKS);
                links = found;
            }
            for (String link : links) {
                URI uri = URI.create(link);
                if (uri.getHost() != null && !"localhost".equals(uri.getHost())) {
                    continue;
                }
                String relative = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                if (uri.getRawPath() == null
                        || !uri.getRawPath().startsWith("/")
                        || NOT_A_PAGE.matcher(uri.getRawPath()).find()
                        || hasParameter(uri, "lang")
                        || visited.contains(template(relative, patterns))
                        || !queued.add(relative)) {
                    continue;
                }
                queue.add(relative);
            }
        }
    }

    /** The links of a page as the server sent it (its GET forms are found when a browser opens such a page). */
    private static List<String> hrefs(String html) {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = href.group(1).replace("&amp;", "&").split("#")[0];
            if (!link.isEmpty()) {
                links.add(link);
            }
        }
        return links;
    }

    /** Checks the page the browser shows; an error page must be one (a 4xx) and the registry's own, styled. */
    private void check(String user, String language, String key, boolean error) {
        waitUntil(() -> "complete".equals(browser.executeScript("return document.readyState"))
                && Boolean.TRUE.equals(
                        browser.executeScript("return document.querySelectorAll('.htmx-request').length === 0")));
        long started = System.nanoTime();
        URI page = URI.create(browser.getCurrentUrl());
        String where = language + " " + user + " " + page.getRawPath()
                + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()) + " [" + key + "]";
        String html = null;
        int status = 0;
        List<Double> times = serverTimes.computeIfAbsent(key, k -> new ArrayList<>());
        // the browser's own reading of the page it shows (Server-Timing, as the developer tools show it) …
        Object navigation = browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                + " const t = n && n.serverTiming.find(e => e.name === 'app'); return t ? t.duration : null;");
        if (navigation instanceof Number duration) {
            times.add(duration.doubleValue());
        }
        // … and the server's answer read again with the browser's cookies: the HTML as sent, for the Nu checker
        for (int i = 0; i < SAMPLES; i++) {
            HttpResponse<String> response = PageChecks.fetch(browser, page);
            html = response.body();
            status = response.statusCode();
            response.headers()
                    .firstValue("Server-Timing")
                    .map(CrawlIT::duration)
                    .ifPresentOrElse(times::add, () -> problems.add(where + ": no Server-Timing header"));
        }
        started = phase("server time", started);
        exampleOf.putIfAbsent(key, page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
        if (error != status >= 400) {
            problems.add(where + ": answered " + status);
        }
        if (status >= 400
                && (browser.findElements(By.cssSelector("link[rel=stylesheet][href*='registry.css']"))
                                .isEmpty()
                        || browser.findElements(By.cssSelector("header.top")).isEmpty())) {
            problems.add(where + ": an unstyled error page");
        }
        String lang = String.valueOf(browser.executeScript("return document.documentElement.lang"));
        if (!language.equals(lang)) {
            problems.add(where + ": the page says lang=" + lang);
        }
        started = System.nanoTime();
        HtmlChecker.errors(html).forEach(p -> problems.add(where + ": Nu " + p));
        started = phase("Nu", started);
        if (language.equals(LANGUAGES.get(0)) || key.startsWith("/ (") || error) {
            PageChecks.axeViolations(browser).forEach(p -> problems.add(where + ": " + p));
            started = phase("axe", started);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> texts = (List<Map<String, Object>>) browser.executeScript(TEXTS);
        wordsProblems(texts, language, knownIds).forEach(p -> problems.add(where + ": " + p));
        String shot = String.format(
                Locale.ROOT,
                "%s-%s-%02d-%s",
                language,
                user,
                visitedRows.size(),
                key.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", ""));
        started = phase("words", started);
        screenshot(OUT, shot);
        phase("screenshot", started);
        visitedRows.add("| " + language + " | " + user + " | `" + key + "` | " + status + " | [" + shot + "](" + shot
                + ".png) |");
    }

    /**
     * English words on a Danish page and code where a label belongs, in the page's texts. Not judged: quotations (the
     * sources' words as they wrote them), text marked as another language (the switch "English"), what a page shows
     * as code ({@code <code>}, {@code <pre>}: an id beside its name, the raw JSON of an event); what other tests typed
     * ({@link #FIXTURE}); an id in brackets beside a name ("Tingbjerg (boligforening, org-12)") is an id shown
     * as such.
     */
    static List<String> wordsProblems(List<Map<String, Object>> texts, String language, Set<String> knownIds) {
        Set<String> found = new TreeSet<>();
        for (Map<String, Object> piece : texts) {
            String text = String.valueOf(piece.get("text"));
            String block = String.valueOf(piece.get("block"));
            boolean quoted = Boolean.TRUE.equals(piece.get("quoted"));
            boolean code = Boolean.TRUE.equals(piece.get("code"));
            String lang = String.valueOf(piece.get("lang"));
            if (code || !lang.startsWith(language) || FIXTURE.matcher(text).find()) {
                continue;
            }
            String judged = text;
            for (String name : PROPER_NAMES) {
                judged = judged.replace(name, " ");
            }
            judged = judged.replaceAll("\\([^()]*\\)", " ");
            // The sources' own words inside the registry's prose: 'UDKAST SEPTEMBER 2011', »…«.
            judged = judged.replaceAll("(?<![\\p{L}\\p{N}])'[^']+'(?![\\p{L}\\p{N}])|»[^«]*«|„[^“]*“", " ");
            if (language.equals("da") && !quoted) {
                Matcher word = WORD.matcher(judged);
                while (word.find()) {
                    if (ENGLISH.contains(word.group().toLowerCase(Locale.ROOT))) {
                        found.add("English \"" + word.group() + "\" in \"" + shorten(block) + "\"");
                    }
                }
            }
            if (!quoted) {
                for (Pattern pattern : CODE) {
                    Matcher token = pattern.matcher(judged);
                    while (token.find()) {
                        if (pattern == KEBAB
                                && !knownIds.contains(token.group())
                                && !token.group().matches(".*\\d.*")) {
                            continue; // a Danish word with a hyphen ("ikke-vestlig"), not one of the registry's ids
                        }
                        if (!ABBREVIATIONS.contains(token.group())) {
                            found.add("code \"" + token.group() + "\" in \"" + shorten(block) + "\"");
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The route template of an address: the controller's pattern, and "?…" when the query has a non-empty value (a
     * filtered list, a submitted comparison), whatever its parameters, so that filters do not multiply the pages.
     */
    static String template(String address, Collection<PathPattern> patterns) {
        URI uri = URI.create(address);
        String path = uri.getRawPath();
        PathContainer container = PathContainer.parsePath(path);
        String route = patterns.stream()
                .filter(p -> p.matches(container))
                .findFirst()
                .map(PathPattern::getPatternString)
                .orElse(path);
        boolean query = uri.getRawQuery() != null
                && Arrays.stream(uri.getRawQuery().split("&"))
                        .map(pair -> pair.split("=", 2))
                        .anyMatch(parts -> parts.length == 2 && !parts[1].isEmpty() && !parts[0].equals("_csrf"));
        return query ? route + "?…" : route;
    }

    private static boolean hasParameter(URI uri, String name) {
        return uri.getRawQuery() != null
                && Arrays.stream(uri.getRawQuery().split("&"))
                        .anyMatch(pair -> pair.equals(name) || pair.startsWith(name + "="));
    }

    private long phase(String name, long since) {
        long now = System.nanoTime();
        phases.merge(name, (now - since) / 1_000_000, Long::sum);
        return now;
    }

    private static double duration(String header) {
        Matcher dur = Pattern.compile("dur=([0-9.]+)").matcher(header);
        return dur.find() ? Double.parseDouble(dur.group(1)) : Double.NaN;
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }

    private void writeReport(long seconds) throws IOException {
        StringBuilder report = new StringBuilder("# Crawl of the UI\n\n");
        report.append(serverTimes.size())
                .append(" route templates, ")
                .append(visitedRows.size())
                .append(" pages (each role in Danish and English, one page per template), in ")
                .append(seconds)
                .append(" s. Server time is the registry's `Server-Timing` header, as the browser read it and ")
                .append(SAMPLES)
                .append(" times more per page; p95 over every reading of the template.\n\nThe walk's time: ")
                .append(phases.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue() / 1000 + " s")
                        .collect(java.util.stream.Collectors.joining(", ")))
                .append(".\n\n");
        report.append(
                "| template | example | readings | p95 server time (ms) | median (ms) |\n|---|---|---|---|---|\n");
        serverTimes.forEach((key, times) -> {
            double[] sorted = times.stream()
                    .filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            String p95 = sorted.length == 0
                    ? "–"
                    : String.format(Locale.ROOT, "%.1f", sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
            String median = sorted.length == 0 ? "–" : String.format(Locale.ROOT, "%.1f", sorted[sorted.length / 2]);
            report.append("| `")
                    .append(key)
                    .append("` | `")
                    .append(exampleOf.get(key))
                    .append("` | ")
                    .append(sorted.length)
                    .append(" | ")
                    .append(p95)
                    .append(" | ")
                    .append(median)
                    .append(" |\n");
        });
        report.append("\n## Pages\n\n| language | user | template | status | screenshot |\n|---|---|---|---|---|\n");
        visitedRows.forEach(row -> report.append(row).append('\n'));
        report.append("\n## Problems\n\n");
        if (problems.isEmpty()) {
            report.append("None.\n");
        }
        problems.forEach(p -> report.append("- ").append(p).append('\n'));
        Files.writeString(OUT.resolve("report.md"), report.toString());
    }
}
