package dk.kk.registry.infra.api;

import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.http.NotFound;
import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;

/**
 * The API's writes, request to command to answer: the command is built for the version the request's If-Match expects
 * (none: whatever is current) and sent through {@link Commands} with the request's reason; the answer carries the new
 * version in its ETag, with 201 and the resource's Location when the write made something new.
 *
 * @param <A> the body a write answers with, made from the aggregate's id and its new version
 */
public final class Writes<A> {

    private final Commands commands;
    private final String resources;
    private final BiFunction<String, Long, A> answer;
    private final Accepted accepted;

    /**
     * The ids a change may name: an id of another kind of aggregate would otherwise be loaded as this kind without
     * state, so it is refused with 404 ("no {@code what} id") before any command.
     */
    private record Accepted(Predicate<String> exists, String what) {
        static final Accepted ANY = new Accepted(id -> true, null);

        void require(String id) {
            if (!exists.test(id)) {
                throw new NotFound("no " + what + " " + id);
            }
        }
    }

    /** Writes to the aggregates whose resources are {@code resources} followed by their id. */
    public Writes(Commands commands, String resources, BiFunction<String, Long, A> answer) {
        this(commands, resources, answer, Accepted.ANY);
    }

    private Writes(Commands commands, String resources, BiFunction<String, Long, A> answer, Accepted accepted) {
        this.commands = commands;
        this.resources = resources;
        this.answer = answer;
        this.accepted = accepted;
    }

    /** The same writes, refusing a change to an id that {@code exists} does not know: 404, "no {@code what} id". */
    public Writes<A> onlyTo(Predicate<String> exists, String what) {
        return new Writes<>(commands, resources, answer, new Accepted(exists, what));
    }

    /** Begins the aggregate {@code id} with the command: 201 at its resource. */
    public ResponseEntity<A> create(String id, String reason, Object command) {
        long version = commands.create(command, id, reason);
        return created(id, version, answer.apply(id, version));
    }

    /** Changes the aggregate {@code id} by the command built for the expected version: 200. */
    public ResponseEntity<A> update(String id, String ifMatch, String reason, Function<Long, Object> command) {
        long version = send(id, ifMatch, reason, command);
        return Versions.ok(version, answer.apply(id, version));
    }

    /** The same change, answering the new version, for a write whose answer also names what it made. */
    public long send(String id, String ifMatch, String reason, Function<Long, Object> command) {
        accepted.require(id);
        return commands.update(command.apply(Versions.expected(ifMatch)), id, reason);
    }

    /** 201 at the resource of the aggregate {@code id}, the version in the ETag. */
    public ResponseEntity<A> created(String id, long version, A body) {
        return ResponseEntity.created(URI.create(resources + id))
                .eTag(Versions.etag(version))
                .body(body);
    }

    public ResponseEntity<A> created(String id, long version) {
        return created(id, version, answer.apply(id, version));
    }
}
