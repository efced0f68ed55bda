package dk.kk.registry.shared.common;

import java.util.List;

/** A page of a list: the items, the 0-based page number, the page size and the total number of items. */
public interface ListPage<T> {

    List<T> items();

    int page();

    int size();

    long total();
}
