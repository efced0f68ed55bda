package dk.kk.registry.infra.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a break in a change strategy's chain concerns, on a page not in English: the API describes each gap in an
 * English sentence that names its plan, goals, interventions or measures in quotes; the page shows the gap's kind by
 * its label and these names, »as the registry holds them«.
 */
@Component("gapNames")
public class GapNames {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    public String of(String description) {
        List<String> names = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(description == null ? "" : description);
        while (quoted.find()) {
            names.add("»" + quoted.group(1) + "«");
        }
        return String.join(", ", names);
    }
}
