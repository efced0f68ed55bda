package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.operations.ProjectionVerifier;
import dk.kk.registry.infra.operations.Projections;
import dk.kk.registry.infra.operations.ReadModels;
import dk.kk.registry.shared.operations.ProjectionStatusView;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' projections: each one's position against the head of the event store, a blue/green rebuild with
 * its progress shown live (the status table is a fragment the page polls), and the verification of every projection
 * against a rebuild from the events alone. While an "as of" instant is chosen nothing is started, as the banner says.
 */
@Controller
class ProjectionPages {

    private final Projections projections;
    private final ProjectionVerifier verifier;
    private final ReadModels readModels;

    ProjectionPages(Projections projections, ProjectionVerifier verifier, ReadModels readModels) {
        this.projections = projections;
        this.readModels = readModels;
        this.verifier = verifier;
    }

    @GetMapping("/admin/projections")
    String page(@RequestParam(required = false) String started, Model model) {
        status(started, model);
        return "admin/projections";
    }

    /** The status table alone, which the page asks for every other second while it is open. */
    @GetMapping("/admin/projections/status")
    String statusFragment(@RequestParam(required = false) String started, Model model) {
        status(started, model);
        return "admin/projections :: status";
    }

    @PostMapping("/admin/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, HttpSession session) {
        if (ViewedAsOf.of(session) != null) {
            return "redirect:/admin/projections";
        }
        if (!readModels.isProjection(name)) {
            throw new NotFound("no projection " + name + " to rebuild");
        }
        projections.rebuild(name).orElseThrow(() -> new NotFound("no projection " + name));
        return "redirect:/admin/projections?started=" + name;
    }

    /** Synchronous, as the API's: the comparison is the answer, and it takes seconds on the registry's volumes. */
    @PostMapping("/admin/projections/verify")
    String verify(HttpSession session, Model model) {
        if (ViewedAsOf.of(session) != null) {
            return "redirect:/admin/projections";
        }
        ProjectionVerifier.Result result = verifier.verify();
        model.addAttribute("verification", result);
        model.addAttribute("verifiedAt", Instant.now());
        status(null, model);
        return "admin/projections";
    }

    private void status(String started, Model model) {
        List<ProjectionStatusView> statuses = projections.statuses();
        String watched =
                started != null && statuses.stream().anyMatch(s -> s.name().equals(started)) ? started : null;
        model.addAttribute("statuses", statuses);
        model.addAttribute("started", watched);
        model.addAttribute(
                "startedStatus",
                watched == null
                        ? null
                        : statuses.stream()
                                .filter(s -> s.name().equals(watched))
                                .findFirst()
                                .orElse(null));
        model.addAttribute("rebuilding", statuses.stream().anyMatch(ProjectionStatusView::replaying));
        model.addAttribute(
                "rebuildable",
                statuses.stream()
                        .map(ProjectionStatusView::name)
                        .filter(readModels::isProjection)
                        .toList());
    }
}
