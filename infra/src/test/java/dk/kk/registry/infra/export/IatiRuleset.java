package dk.kk.registry.infra.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The IATI Standard's ruleset (standard.json of the IATI-Rulesets, as the IATI validator applies it) where it concerns
 * what the registry publishes, written over the exported XML: identifiers start with the reporting organisation's ref
 * and are unique; no identifier or organisation ref holds / &amp; | or ?; an activity has a participating organisation,
 * each with a role and type from their code lists, a planned or actual start, a sector (or its transactions do) and a
 * narrative for a sector of the publisher's own vocabulary; planned and actual dates in order and actual dates not in
 * the future; a budget's period starts before it ends, lasts
 * at most one year and holds its value date; a transaction's dates are not in the future; a result has an indicator,
 * the indicator a baseline and periods, each period starting before it ends.
 */
final class IatiRuleset {

    /** IATI code list OrganisationRole. */
    private static final Set<String> ROLES = Set.of("1", "2", "3", "4");
    /** IATI code list OrganisationType. */
    private static final Set<String> TYPES =
            Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90");

    /** standard.json's regex_matches: an identifier or ref is "[^\\/\\&\\|\\?]+". */
    private static final Pattern REF_FORBIDDEN = Pattern.compile("[/&|?]");

    private IatiRuleset() {}

    static List<String> violations(Document xml, LocalDate today) {
        List<String> broken = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        for (Element activity : children(xml.getDocumentElement(), "iati-activity")) {
            String id = text(first(activity, "iati-identifier"));
            String ref = first(activity, "reporting-org").getAttribute("ref");
            if (!id.startsWith(ref + "-")) {
                broken.add(id + ": identifier does not start with the reporting-org ref " + ref);
            }
            if (!identifiers.add(id)) {
                broken.add(id + ": identifier not unique");
            }
            List<String> refs = new ArrayList<>(List.of(ref, id));
            children(activity, "participating-org").forEach(org -> refs.add(org.getAttribute("ref")));
            for (Element transaction : children(activity, "transaction")) {
                for (String party : List.of("provider-org", "receiver-org")) {
                    children(transaction, party).forEach(org -> refs.add(org.getAttribute("ref")));
                }
            }
            refs.stream()
                    .filter(r -> REF_FORBIDDEN.matcher(r).find())
                    .forEach(r -> broken.add(id + ": identifier or ref '" + r + "' holds / & | or ?"));
            if (children(activity, "activity-date").stream()
                    .map(d -> d.getAttribute("type"))
                    .noneMatch(type -> type.equals("1") || type.equals("2"))) {
                broken.add(id + ": no planned or actual start (activity-date type 1 or 2)");
            }
            List<Element> sectors = children(activity, "sector");
            if (sectors.isEmpty()
                    && children(activity, "transaction").stream()
                            .allMatch(t -> children(t, "sector").isEmpty())) {
                broken.add(id + ": no sector");
            }
            Map<String, BigDecimal> shares = new TreeMap<>();
            for (Element sector : sectors) {
                String vocabulary = sector.getAttribute("vocabulary");
                shares.merge(
                        vocabulary.isEmpty() ? "1" : vocabulary,
                        sector.getAttribute("percentage").isEmpty()
                                ? BigDecimal.ZERO
                                : new BigDecimal(sector.getAttribute("percentage")),
                        BigDecimal::add);
                if ((vocabulary.equals("98") || vocabulary.equals("99"))
                        && children(sector, "narrative").isEmpty()) {
                    broken.add(id + ": sector of vocabulary " + vocabulary + " without narrative");
                }
            }
            shares.forEach((vocabulary, sum) -> {
                if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                    broken.add(id + ": sectors of vocabulary " + vocabulary + " add up to " + sum + " %, not 100");
                }
            });
            List<Element> participants = children(activity, "participating-org");
            if (participants.isEmpty()) {
                broken.add(id + ": no participating-org");
            }
            for (Element org : participants) {
                if (!ROLES.contains(org.getAttribute("role"))) {
                    broken.add(id + ": participating-org role '" + org.getAttribute("role") + "'");
                }
                if (!org.getAttribute("type").isEmpty() && !TYPES.contains(org.getAttribute("type"))) {
                    broken.add(id + ": participating-org type '" + org.getAttribute("type") + "'");
                }
            }
            LocalDate plannedStart = activityDate(activity, "1");
            LocalDate actualStart = activityDate(activity, "2");
            LocalDate plannedEnd = activityDate(activity, "3");
            LocalDate actualEnd = activityDate(activity, "4");
            if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
                broken.add(id + ": planned end " + plannedEnd + " before planned start " + plannedStart);
            }
            if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
                broken.add(id + ": actual end " + actualEnd + " before actual start " + actualStart);
            }
            for (LocalDate actual : new LocalDate[] {actualStart, actualEnd}) {
                if (actual != null && actual.isAfter(today)) {
                    broken.add(id + ": actual activity date " + actual + " in the future");
                }
            }
            for (Element budget : children(activity, "budget")) {
                LocalDate start = date(first(budget, "period-start"));
                LocalDate end = date(first(budget, "period-end"));
                LocalDate valueDate = LocalDate.parse(first(budget, "value").getAttribute("value-date"));
                if (!start.isBefore(end)) {
                    broken.add(id + ": budget period-start " + start + " not before period-end " + end);
                }
                if (end.isAfter(start.plusYears(1))) {
                    broken.add(id + ": budget period " + start + "–" + end + " longer than a year");
                }
                if (valueDate.isBefore(start) || valueDate.isAfter(end)) {
                    broken.add(id + ": budget value-date " + valueDate + " outside its period");
                }
            }
            for (Element transaction : children(activity, "transaction")) {
                LocalDate date = date(first(transaction, "transaction-date"));
                LocalDate valueDate =
                        LocalDate.parse(first(transaction, "value").getAttribute("value-date"));
                if (date.isAfter(today)) {
                    broken.add(id + ": transaction-date " + date + " in the future");
                }
                if (valueDate.isAfter(today)) {
                    broken.add(id + ": transaction value-date " + valueDate + " in the future");
                }
            }
            for (Element result : children(activity, "result")) {
                String title = text(first(first(result, "title"), "narrative"));
                List<Element> indicators = children(result, "indicator");
                if (indicators.isEmpty()) {
                    broken.add(id + ": result '" + title + "' without indicator");
                }
                for (Element indicator : indicators) {
                    if (children(indicator, "baseline").isEmpty()) {
                        broken.add(id + ": result '" + title + "' indicator without baseline");
                    }
                    List<Element> periods = children(indicator, "period");
                    if (periods.isEmpty()) {
                        broken.add(id + ": result '" + title + "' indicator without period");
                    }
                    for (Element period : periods) {
                        LocalDate start = date(first(period, "period-start"));
                        LocalDate end = date(first(period, "period-end"));
                        if (!start.isBefore(end)) {
                            broken.add(id + ": result period-start " + start + " not before period-end " + end);
                        }
                    }
                }
            }
        }
        return broken;
    }

    /** The activity's budgets as "start/end=value", in order. */
    static List<String> budgets(Document xml, String interventionId) {
        List<String> budgets = new ArrayList<>();
        for (Element budget : children(activity(xml, interventionId), "budget")) {
            budgets.add(first(budget, "period-start").getAttribute("iso-date") + "/"
                    + first(budget, "period-end").getAttribute("iso-date") + "=" + text(first(budget, "value")));
        }
        return budgets;
    }

    /** The activity's dates as "type=day", in order. */
    static List<String> activityDates(Document xml, String interventionId) {
        List<String> dates = new ArrayList<>();
        for (Element date : children(activity(xml, interventionId), "activity-date")) {
            dates.add(date.getAttribute("type") + "=" + date.getAttribute("iso-date"));
        }
        return dates;
    }

    static List<String> resultTitles(Document xml, String interventionId) {
        List<String> titles = new ArrayList<>();
        for (Element result : children(activity(xml, interventionId), "result")) {
            titles.add(text(first(first(result, "title"), "narrative")));
        }
        return titles;
    }

    /** The activity's related activities as "type ref", in order. */
    static List<String> relatedActivities(Document xml, String id) {
        List<String> related = new ArrayList<>();
        for (Element link : children(activity(xml, id), "related-activity")) {
            related.add(link.getAttribute("type") + " " + link.getAttribute("ref"));
        }
        return related;
    }

    static String hierarchy(Document xml, String id) {
        return activity(xml, id).getAttribute("hierarchy");
    }

    static LocalDate actualStart(Document xml, String id) {
        return activityDate(activity(xml, id), "2");
    }

    private static Element activity(Document xml, String interventionId) {
        for (Element activity : children(xml.getDocumentElement(), "iati-activity")) {
            if (text(first(activity, "iati-identifier")).endsWith("-" + interventionId)) {
                return activity;
            }
        }
        throw new AssertionError("no activity for intervention " + interventionId);
    }

    private static LocalDate activityDate(Element activity, String type) {
        for (Element date : children(activity, "activity-date")) {
            if (type.equals(date.getAttribute("type"))) {
                return date(date);
            }
        }
        return null;
    }

    private static LocalDate date(Element element) {
        return LocalDate.parse(element.getAttribute("iso-date"));
    }

    private static String text(Element element) {
        return element.getTextContent().trim();
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.isEmpty()) {
            throw new AssertionError("<" + parent.getTagName() + "> without <" + name + ">");
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE
                    && name.equals(nodes.item(i).getNodeName())) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
