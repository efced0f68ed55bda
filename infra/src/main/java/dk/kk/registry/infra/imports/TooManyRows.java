package dk.kk.registry.infra.imports;

/** A bulk request or import holds more rows than one may (413); nothing is recorded. */
public class TooManyRows extends RuntimeException {

    public TooManyRows(long max) {
        super(
                "at most " + max + " measurements may be recorded at once; split the rest into further requests",
                null,
                false,
                false);
    }
}
