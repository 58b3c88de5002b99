package io.dts.persistence;

import java.util.List;
import java.util.stream.Stream;

/**
 * Persistence tests run once per real database: H2 files always, PostgreSQL when
 * {@code DTS_TEST_PG_URL} is set. Use {@code @MethodSource("databases")} and start with {@link #fresh}.
 * The databases are shared by every test class of the run and live as long as the test JVM.
 */
abstract class OnEveryDatabase {

    private static final List<TestDatabase> DATABASES = TestDatabase.available();

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    /** Empties the database and migrates it to the current schema. */
    static TestDatabase fresh(TestDatabase db) {
        db.reset();
        db.migrate();
        return db;
    }
}
