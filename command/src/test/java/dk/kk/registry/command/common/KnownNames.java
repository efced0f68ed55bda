package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.ReferenceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The names a test says are already registered, compared as the registry compares them. */
public final class KnownNames implements ReferenceNames {

    private final Map<String, String> holders = new HashMap<>();

    public static KnownNames none() {
        return new KnownNames();
    }

    public KnownNames with(ReferenceKind kind, String id, String name) {
        holders.put(kind + "|" + ReferenceNames.compared(name), id);
        return this;
    }

    @Override
    public Optional<String> holderOf(ReferenceKind kind, String name, String except) {
        return Optional.ofNullable(holders.get(kind + "|" + ReferenceNames.compared(name)))
                .filter(holder -> !holder.equals(except));
    }
}
