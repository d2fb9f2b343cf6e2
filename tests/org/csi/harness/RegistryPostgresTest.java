package org.csi.harness;

import java.nio.file.Path;
import org.csi.harness.registry.RegistryConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same end-to-end checks with the registry on a real PostgreSQL server, chosen by JDBC URL as an organiser would. */
class RegistryPostgresTest extends RegistryEndToEnd {
    static LocalPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = LocalPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) postgres.close();
    }

    @Override
    RegistryConfig.Database database(Path dataDir) {
        return new RegistryConfig.Database(postgres.url, "csi", "");
    }
}
