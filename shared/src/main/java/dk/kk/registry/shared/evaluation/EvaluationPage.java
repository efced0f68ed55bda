package dk.kk.registry.shared.evaluation;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of evaluations, newest evaluated period first. */
public record EvaluationPage(List<EvaluationListItem> items, int page, int size, long total)
        implements ListPage<EvaluationListItem> {}
