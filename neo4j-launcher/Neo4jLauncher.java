import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community, embedded, with its Bolt connector on 127.0.0.1 only, so that the project
 * has a real database without any installation step.
 *
 * Usage: java -cp CLASSPATH Neo4jLauncher.java STORE_DIR PORT PAGECACHE_MB TX_TIMEOUT_SECONDS [--watch-stdin]
 *
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once the database answers, and shuts down cleanly on
 * SIGINT/SIGTERM. With --watch-stdin it also shuts down when its standard input closes, so that a
 * parent process that dies without signalling (a crashed test run) never leaves a database behind.
 * Authentication is off: the connector listens on loopback only and the store is a local cache.
 */
public class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Neo4jLauncher STORE_DIR PORT PAGECACHE_MB TX_TIMEOUT_SECONDS [--watch-stdin]");
            System.exit(64);
        }
        Path store = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);
        long txTimeoutSeconds = Long.parseLong(args[3]);
        boolean watchStdin = args.length > 4 && args[4].equals("--watch-stdin");

        // Neo4j reports a taken port deep inside its start-up log; checking first gives a plain answer.
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            System.err.println("NEO4J_PORT_IN_USE port " + port + " on 127.0.0.1 is already taken; "
                    + "set NEO4J_LOCAL_PORT to a free port (or NEO4J_URI to use a running Neo4j)");
            System.exit(3);
        }

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(store)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            System.out.println("NEO4J_STOPPED");
        }, "neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
            System.err.println("NEO4J_FAILED the database did not become available within 60 seconds");
            System.exit(4);
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (watchStdin) {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
            System.exit(0);
        }
        Thread.currentThread().join();
    }
}
