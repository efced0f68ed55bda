package dk.kk.registry.infra.api.admin;

import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.operations.ProjectionVerifier;
import dk.kk.registry.infra.operations.Projections;
import dk.kk.registry.infra.operations.ReadModels;
import dk.kk.registry.shared.operations.ProjectionStatusView;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The projections for administrators: each one's position against the head of the event store, and a rebuild. */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectionController {

    private final Projections projections;
    private final ProjectionVerifier verifier;
    private final ReadModels readModels;

    ProjectionController(Projections projections, ProjectionVerifier verifier, ReadModels readModels) {
        this.projections = projections;
        this.readModels = readModels;
        this.verifier = verifier;
    }

    @GetMapping
    Map<String, List<ProjectionStatusView>> list() {
        return Map.of("items", projections.statuses());
    }

    /**
     * Answers as soon as the rebuild has started (202); its progress shows in the list (replaying, progress %). The
     * rebuild is blue/green: the live tables keep answering until the rebuilt copy replaces them in one transaction.
     * Asking again while one runs starts nothing new.
     */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionStatusView> rebuild(@PathVariable String name) {
        if (projections.status(name).isPresent() && !readModels.isProjection(name)) {
            throw new BadInput("name", name + " is not a projection and cannot be rebuilt");
        }
        ProjectionStatusView status =
                projections.rebuild(name).orElseThrow(() -> new NotFound("no projection " + name));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status);
    }

    /**
     * Rebuilds every projection into a scratch schema and compares it with the live tables; answers when done
     * (synchronously: the comparison is the answer, and it takes seconds on the registry's volumes).
     */
    @PostMapping("/verify")
    ProjectionVerifier.Result verify() {
        return verifier.verify();
    }
}
