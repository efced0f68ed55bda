package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.ui.FormValues.blankToNull;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.goal.FindGoalBoardQuery;
import dk.kk.registry.shared.goal.GoalBoard;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The goal board (målsætninger): each goal's baseline, latest status, target and attainment with its arithmetic. */
@Controller
class GoalBoardPage {

    private final Queries queries;
    private final ReferenceLists references;
    private final IndicatorLists indicators;

    GoalBoardPage(Queries queries, ReferenceLists references, IndicatorLists indicators) {
        this.queries = queries;
        this.references = references;
        this.indicators = indicators;
    }

    @GetMapping("/goals")
    String board(@RequestParam(required = false) String owner, HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        String chosen = blankToNull(owner);
        model.addAttribute("owner", chosen);
        model.addAttribute("board", board(chosen, asOf));
        model.addAttribute("administrations", references.administrations(asOf));
        model.addAttribute("indicators", indicators.byId(asOf));
        model.addAttribute("names", references.names(asOf));
        model.addAttribute("policies", references.policyTitles(asOf));
        return "goals/board";
    }

    /** The board as the API's CSV (one row per goal, the arithmetic included). */
    @GetMapping(path = "/goals/board.csv", produces = "text/csv")
    ResponseEntity<GoalBoard> export(@RequestParam(required = false) String owner, HttpSession session) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("maalsaetninger.csv")
                                .build()
                                .toString())
                .body(board(blankToNull(owner), ViewedAsOf.of(session)));
    }

    private GoalBoard board(String owner, Instant asOf) {
        return queries.one(new FindGoalBoardQuery(null, owner, asOf, 0, Paging.MAX_SIZE), GoalBoard.class);
    }
}
