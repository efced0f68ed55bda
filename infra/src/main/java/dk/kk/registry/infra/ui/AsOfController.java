package dk.kk.registry.infra.ui;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sets and clears the instant every page reads as of (the auditor's "view as of"), then returns to the page. */
@Controller
class AsOfController {

    @PostMapping("/as-of")
    String set(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime asOf,
            @RequestParam(required = false) String back, HttpSession session) {
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
}
