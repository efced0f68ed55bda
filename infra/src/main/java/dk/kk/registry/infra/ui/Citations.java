package dk.kk.registry.infra.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Citations as a reader knows them: the demo history's reasons name the seed file they quote ({@code
 * 004_c62b4b101824f7a9.txt: Målsætning 2 …}); shown, the file becomes the document's title in guillemets, followed by
 * the section the reason names. The titles are mapped once, in {@code demo/sources.properties}; the text stored in
 * the event stays as it was recorded.
 */
@Component("citations")
public class Citations {

    private static final Pattern SEED_FILE = Pattern.compile("\\b(\\d{3}_[0-9a-f]{16}\\.txt)(:\\s*)?");

    private final Map<String, String> titles = new TreeMap<>();

    Citations() {
        Properties loaded = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/sources.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.forEach((file, title) -> titles.put((String) file, (String) title));
    }

    /** The text with each seed file it names replaced by the document's title; other text as it is. */
    public String readable(String text) {
        if (text == null) {
            return null;
        }
        Matcher file = SEED_FILE.matcher(text);
        StringBuilder readable = new StringBuilder();
        while (file.find()) {
            String title = titles.get(file.group(1));
            String replacement = title == null ? file.group() : "«" + title + "»" + (file.group(2) == null ? ""
                    : " – ");
            file.appendReplacement(readable, Matcher.quoteReplacement(replacement));
        }
        file.appendTail(readable);
        return readable.toString();
    }
}
