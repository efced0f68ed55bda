package dk.kk.registry.infra.audit;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

public record AuditEventPage(List<AuditEventView> items, int page, int size, long total)
        implements ListPage<AuditEventView> {}
