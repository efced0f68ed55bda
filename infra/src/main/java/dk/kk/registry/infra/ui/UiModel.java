package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.infra.security.DisplayNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, the "as of" instant of the banner, the page's own path, and a
 * fresh idempotency key for its form.
 */
@ControllerAdvice(basePackageClasses = UiModel.class)
@ConditionalOnWebApplication // the command-line entry points run without pages, and without the users' display names
class UiModel {

    private final DisplayNames displayNames;

    UiModel(DisplayNames displayNames) {
        this.displayNames = displayNames;
    }

    /** The signed-in person's name as the header and the greeting show it ({@link DisplayNames}). */
    @ModelAttribute("displayName")
    String displayName() {
        Authentication authentication = signedIn();
        return authentication == null ? null : displayNames.of(authentication);
    }

    @ModelAttribute("actor")
    CurrentActor actor() {
        return signedIn() == null ? null : CurrentActor.get();
    }

    /** The request's authentication where someone is signed in; null for an anonymous visitor. */
    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication;
    }

    @ModelAttribute("asOf")
    Instant asOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return ViewedAsOf.of(session);
    }

    /**
     * A fresh idempotency key for the form a page shows (IdempotencyFilter): a double click or a resend of that form
     * records once; a form shown again, with errors or anew, gets a new one.
     */
    @ModelAttribute("formKey")
    String formKey() {
        return UUID.randomUUID().toString();
    }

    @ModelAttribute("choices")
    Choices choices() {
        return Choices.ALL;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The page's path with its query, for returning to it as it was (a search with its filters, say). */
    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return currentPath(request) + (query == null || !"GET".equals(request.getMethod()) ? "" : "?" + query);
    }

    /**
     * Where the language switch leads: this page with its query (a search's filters, a comparison's choices), its own
     * {@code lang} replaced by the language asked for.
     */
    @ModelAttribute("languageSwitch")
    LanguageSwitch languageSwitch(HttpServletRequest request) {
        return LanguageSwitch.of(request);
    }
}
