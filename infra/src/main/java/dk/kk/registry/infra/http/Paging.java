package dk.kk.registry.infra.http;

/** The paging parameters every list accepts: a 0-based page and a size of at most 500. */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {}

    public static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0 || page > 1_000_000) {
            throw new BadInput("page", "page must be between 0 and 1000000");
        }
        return page;
    }

    public static int size(Integer size) {
        if (size == null) {
            return 50;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadInput("size", "size must be between 1 and " + MAX_SIZE);
        }
        return size;
    }
}
