package io.dts.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real database for persistence tests: a fresh H2 file database always, and PostgreSQL when
 * {@code DTS_TEST_PG_URL} is set (in a schema of its own, emptied before use).
 */
public final class TestDatabase {

    static final String PG_SCHEMA = "dts_persistence_test";

    private final String name;
    private final JdbcUrlDataSource dataSource;
    private final String schema;
    private EntityManagerFactory emf;

    private TestDatabase(String name, String url, String user, String password, String schema) {
        this.name = name;
        this.schema = schema;
        this.dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
    }

    /** The databases to run against: H2, and PostgreSQL when configured. */
    public static List<TestDatabase> available() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(h2());
        String pgUrl = System.getenv("DTS_TEST_PG_URL");
        if (pgUrl != null && !pgUrl.isBlank()) {
            String separator = pgUrl.contains("?") ? "&" : "?";
            databases.add(new TestDatabase("PostgreSQL", pgUrl + separator + "currentSchema=" + PG_SCHEMA,
                    envOr("DTS_TEST_PG_USER", "postgres"), envOr("DTS_TEST_PG_PASSWORD", "postgres"), PG_SCHEMA));
        }
        return databases;
    }

    private static TestDatabase h2() {
        Path dir = Path.of(envOr("DTS_TEST_H2_DIR", "target/test-h2")).toAbsolutePath();
        deleteRecursively(dir);
        String url = "jdbc:h2:file:" + dir.resolve("dts")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new TestDatabase("H2", url, "dts", "dts", null);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JdbcUrlDataSource dataSource() {
        return dataSource;
    }

    /** Empties this test database (never used on a real one) so each test starts from nothing. */
    public void reset() {
        var config = SchemaMigrator.configure(dataSource).cleanDisabled(false);
        if (schema != null) {
            config = config.schemas(schema);
        }
        config.load().clean();
    }

    /** Migrates with exactly what production uses (plus the test schema for PostgreSQL). */
    public int migrate() {
        var config = SchemaMigrator.configure(dataSource);
        if (schema != null) {
            config = config.schemas(schema);
        }
        return config.load().migrate().migrationsExecuted;
    }

    public EntityManagerFactory emf() {
        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("dts", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.nonJtaDataSource", dataSource,
                    "eclipselink.logging.level", "WARNING",
                    "eclipselink.session-name", "dts-test-" + name));
        }
        return emf;
    }

    /** Runs {@code work} in its own transaction and commits it. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
