package io.dts.core.network;

import io.dts.core.account.AccountService;
import io.dts.persistence.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the network up: migrates the database schema, then creates the owner account on the first
 * start. The one datasource of the application is defined here, from configuration
 * ({@code DTS_DB_URL}, {@code DTS_DB_USER}, {@code DTS_DB_PASSWORD}; embedded H2 under
 * {@code DTS_DATA_DIR} by default).
 */
@DataSourceDefinition(
        name = NetworkStartup.DATASOURCE,
        className = "io.dts.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=dts.db.url}",
        user = "${MPCONFIG=dts.db.user}",
        password = "${MPCONFIG=dts.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NetworkStartup {

    public static final String DATASOURCE = "java:app/jdbc/dts";

    private static final Logger LOG = Logger.getLogger(NetworkStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "dts.owner-username", defaultValue = "owner")
    String ownerUsername;

    @Inject
    @ConfigProperty(name = "dts.owner-password")
    Optional<String> ownerPassword;

    @PostConstruct
    void start() {
        MigrateResult migration = SchemaMigrator.migrate(dataSource);
        LOG.info(() -> "DTS database (" + migration.database + ") at schema version "
                + (migration.targetSchemaVersion != null ? migration.targetSchemaVersion : migration.initialSchemaVersion)
                + ", " + migration.migrationsExecuted + " migration(s) applied now");

        Optional<String> generated = accounts.ensureOwner(ownerUsername, ownerPassword.filter(p -> !p.isBlank()));
        // Printed once, on the start that created the owner, as the only way to learn it; never logged again.
        generated.ifPresent(password -> System.out.println(
                "\n==== DTS owner account created: username '" + ownerUsername + "', password '" + password + "'"
                        + "\n==== It is shown only this once. Set DTS_OWNER_PASSWORD before the first start to choose it.\n"));
    }
}
