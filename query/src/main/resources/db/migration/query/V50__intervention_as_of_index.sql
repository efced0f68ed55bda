-- A search as of an instant selects the versions whose transaction-time interval contains the instant. A B-tree on
-- (recorded_from, recorded_to) can bound only one end of that interval, so late in a long history it selected most of
-- the table (docs/benchmarks.md, asof). A GiST index on the interval itself finds exactly the versions valid at the
-- instant; leading with the category (btree_gist, a trusted extension of PostgreSQL's contrib) narrows the commonest
-- filter inside the same index. Queries name the interval as tstzrange(recorded_from, recorded_to): '[)' and an open
-- upper end while current, the same interval AsOf.condition spells out (ADR 0004).
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE INDEX intervention_version_category_valid ON intervention_version
    USING GIST (category, tstzrange(recorded_from, recorded_to));
