package io.dts.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current DTS schema with the versioned migrations in
 * {@code db/migration} (one set of SQL for H2 and PostgreSQL). Safe to run on every start and from
 * several instances at once: Flyway serialises concurrent migrations with a database lock.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }

    /** The configuration DTS migrates with, for tests that need to add to it. */
    public static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true);
    }
}
