package dk.kk.registry.infra.ui;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sets and clears the instant every page reads as of (the auditor's "view as of": what was recorded by then), then
 * returns to the page; and asks the other question of time beside it, what ran in a year (valid time, as known now).
 */
@Controller
class AsOfController {

    @PostMapping("/as-of")
    String set(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime asOf,
            @RequestParam(required = false) String back,
            HttpSession session) {
        if (asOf != null) {
            Instant instant = asOf.atZone(UiFormat.COPENHAGEN).toInstant();
            // The future reads as now: there is nothing yet to show beyond it.
            if (instant.isBefore(Instant.now())) {
                ViewedAsOf.set(session, instant);
            } else {
                ViewedAsOf.clear(session);
            }
        }
        return "redirect:" + Pages.localPath(back);
    }

    @PostMapping("/as-of/clear")
    String clear(@RequestParam(required = false) String back, HttpSession session) {
        ViewedAsOf.clear(session);
        return "redirect:" + Pages.localPath(back);
    }

    /**
     * The interventions active at some time in the year, by everything the registry knows now: the answer an auditor
     * looking at the past usually wants, which "as of" cannot give before the facts were recorded. A year out of range
     * returns to the start page.
     */
    @PostMapping("/as-of/ran-in")
    String ranIn(@RequestParam(required = false) Integer year, HttpSession session) {
        if (year == null || year < 1900 || year > 2100) {
            return "redirect:/";
        }
        ViewedAsOf.clear(session);
        return "redirect:/interventions?activeFrom=" + year + "-01-01&activeTo=" + year + "-12-31";
    }
}
