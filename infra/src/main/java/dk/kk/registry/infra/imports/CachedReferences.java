package dk.kk.registry.infra.imports;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.measurement.IndicatorVersions;
import dk.kk.registry.shared.common.ReferenceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The references of one bulk recording, each looked up once: a hundred thousand rows name a handful of indicators
 * and areas, and a round trip per row would dominate the time the bulk takes.
 */
final class CachedReferences implements ReferenceCatalog, IndicatorVersions {

    private final ReferenceCatalog catalog;
    private final IndicatorVersions indicators;
    private final Map<String, Boolean> areas = new HashMap<>();
    private final Map<String, OptionalInt> versions = new HashMap<>();

    CachedReferences(ReferenceCatalog catalog, IndicatorVersions indicators) {
        this.catalog = catalog;
        this.indicators = indicators;
    }

    @Override
    public boolean exists(ReferenceKind kind, String id) {
        if (kind != ReferenceKind.AREA) {
            return catalog.exists(kind, id);
        }
        return areas.computeIfAbsent(id, area -> catalog.exists(ReferenceKind.AREA, area));
    }

    @Override
    public Optional<ReferenceKind> kindOf(String id) {
        return catalog.kindOf(id);
    }

    @Override
    public OptionalInt current(String indicatorId) {
        return versions.computeIfAbsent(indicatorId, indicators::current);
    }
}
