package dk.kk.registry.infra.ui;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * The instant an auditor chose to see the registry as of. It lives in the session, so that every page reads as of it
 * (each page passes it to its queries as {@code asOf}) and shows the banner, until the auditor returns to the present.
 * Pages do not offer changes while it is set: the past cannot be written.
 */
public final class ViewedAsOf {

    static final String ATTRIBUTE = ViewedAsOf.class.getName();

    private ViewedAsOf() {}

    /** The instant pages read as of, or null for now. */
    public static Instant of(HttpSession session) {
        return session == null ? null : (Instant) session.getAttribute(ATTRIBUTE);
    }

    static void set(HttpSession session, Instant asOf) {
        session.setAttribute(ATTRIBUTE, asOf);
    }

    static void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
