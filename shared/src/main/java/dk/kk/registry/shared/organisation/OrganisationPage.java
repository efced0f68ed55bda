package dk.kk.registry.shared.organisation;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of OrganisationViews. */
public record OrganisationPage(List<OrganisationView> items, int page, int size, long total)
        implements ListPage<OrganisationView> {}
