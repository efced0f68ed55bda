package dk.kk.registry.infra.api.admin;

import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.infra.operations.DeadLetters;
import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.shared.common.ListPage;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events the projections parked in the dead-letter queue, for administrators: list them, hand a letter's sequence
 * back to its projection once the cause is fixed, or evict a letter that can never be handled (with a reason).
 */
@RestController
@RequestMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    LetterPage list(
            @RequestParam(required = false) String processingGroup,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int p = Paging.page(page);
        int s = Paging.size(size);
        return new LetterPage(deadLetters.list(processingGroup, p, s), p, s, deadLetters.count(processingGroup));
    }

    @GetMapping("/{id}")
    DeadLetters.Letter one(@PathVariable String id) {
        return deadLetters.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Synchronous: answers when the projection has handled the sequence again, {@code resolved} false (and the new
     * cause) when it failed again.
     */
    @PostMapping("/{id}/retry")
    DeadLetters.Retry retry(@PathVariable String id) {
        return deadLetters.retry(id, CurrentActor.get().user()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> evict(@PathVariable String id, @RequestParam String reason) {
        if (reason.isBlank() || reason.length() > 2000) {
            throw new BadInput("reason", "reason must be 1 to 2000 characters");
        }
        deadLetters.evict(id, CurrentActor.get().user(), reason.strip()).orElseThrow(() -> notFound(id));
        return ResponseEntity.noContent().build();
    }

    record LetterPage(List<DeadLetters.Letter> items, int page, int size, long total)
            implements ListPage<DeadLetters.Letter> {}

    private static NotFound notFound(String id) {
        return new NotFound("no dead letter " + id);
    }
}
