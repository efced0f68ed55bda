package dk.kk.registry.infra.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two addresses of the language switch: the page the user is on, with every parameter it was asked with, in
 * Danish or in English. A page answered to a form's POST (a form shown again with its errors) has no query of its own;
 * its switch leads to its path.
 */
public record LanguageSwitch(String danish, String english) {

    static LanguageSwitch of(HttpServletRequest request) {
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        String kept = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(parameter -> !parameter.isEmpty() && !parameter.matches("lang(=.*)?"))
                        .collect(Collectors.joining("&"));
        String base = request.getRequestURI() + "?" + (kept.isEmpty() ? "" : kept + "&");
        return new LanguageSwitch(base + "lang=da", base + "lang=en");
    }
}
