package papergraph.neo4j;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community with only the Bolt connector, on a loopback port, for papergraph.
 *
 * <p>Usage: {@code Launcher --data-dir DIR [--port N] [--page-cache-mb N] [--exit-on-stdin-close]
 * [--set-password]}. Port 0 picks a free port. With {@code --set-password}, the password of the
 * user {@code neo4j} becomes the environment variable {@code NEO4J_PASSWORD}; without it, the
 * password stays what it is (papergraph sets it on a first start only). Once Bolt accepts connections it prints one line,
 * {@code papergraph-neo4j ready bolt://127.0.0.1:PORT}, which the Node side waits for.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = parse(args);
    Path dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    long pageCacheMb = Long.parseLong(options.getOrDefault("page-cache-mb", "256"));
    String password = System.getenv("NEO4J_PASSWORD");
    if (options.containsKey("set-password") && (password == null || password.length() < 8)) {
      fail("NEO4J_PASSWORD must be set to at least 8 characters");
    }

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        // Bolt waits 5 s twice on shutdown for stragglers by default; papergraph's clients have
        // closed their connections by the time it stops the server, so one second is plenty.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "papergraph-neo4j-shutdown"));

    if (options.containsKey("set-password")) {
      setPassword(dbms, password);
    }
    GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    var bolt = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    System.out.println("papergraph-neo4j ready bolt://" + bolt.getHost() + ":" + bolt.getPort());
    System.out.flush();

    if (options.containsKey("exit-on-stdin-close")) {
      // The parent process holds our stdin open; when it dies without stopping us, stdin closes
      // and we shut down instead of living on as an orphan.
      while (System.in.read() != -1) {
        // keep reading until end of stream
      }
      System.exit(0);
    }
  }

  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password the user already has, which is what we want anyway.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        fail("unexpected argument: " + args[i]);
      }
      String name = args[i].substring(2);
      boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
      options.put(name, hasValue ? args[++i] : "true");
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      fail("--" + name + " is required");
    }
    return value;
  }

  private static void fail(String message) {
    System.err.println("papergraph-neo4j: " + message);
    System.exit(2);
  }
}
