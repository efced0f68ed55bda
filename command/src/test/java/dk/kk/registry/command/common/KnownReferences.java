package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.ReferenceKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the event store has recorded, as far as a test needs to know: an id a test does not name does not exist.
 * Administrations are organisations whose id is their code, so {@code administration("TMF")} makes TMF exist both as
 * an administration and as an organisation, as the real catalog does.
 */
public final class KnownReferences implements ReferenceCatalog {

    private final Map<String, ReferenceKind> kinds = new HashMap<>();
    private final Set<String> administrations = new HashSet<>();

    private KnownReferences() {}

    public static KnownReferences none() {
        return new KnownReferences();
    }

    public KnownReferences administration(String... codes) {
        for (String code : codes) {
            kinds.put(code, ReferenceKind.ORGANISATION);
            administrations.add(code);
        }
        return this;
    }

    public KnownReferences organisation(String... ids) {
        return record(ReferenceKind.ORGANISATION, ids);
    }

    public KnownReferences area(String... ids) {
        return record(ReferenceKind.AREA, ids);
    }

    public KnownReferences policy(String... ids) {
        return record(ReferenceKind.POLICY, ids);
    }

    public KnownReferences goal(String... ids) {
        return record(ReferenceKind.GOAL, ids);
    }

    public KnownReferences indicator(String... ids) {
        return record(ReferenceKind.INDICATOR, ids);
    }

    public KnownReferences measurement(String... ids) {
        return record(ReferenceKind.MEASUREMENT, ids);
    }

    public KnownReferences source(String... ids) {
        return record(ReferenceKind.SOURCE, ids);
    }

    public KnownReferences intervention(String... ids) {
        return record(ReferenceKind.INTERVENTION, ids);
    }

    @Override
    public boolean exists(ReferenceKind kind, String id) {
        if (id == null) {
            return false;
        }
        if (kind == ReferenceKind.ADMINISTRATION) {
            return administrations.contains(id);
        }
        return kinds.get(id) == kind;
    }

    @Override
    public Optional<ReferenceKind> kindOf(String id) {
        return Optional.ofNullable(id == null ? null : kinds.get(id));
    }

    private KnownReferences record(ReferenceKind kind, String... ids) {
        for (String id : ids) {
            kinds.put(id, kind);
        }
        return this;
    }
}
