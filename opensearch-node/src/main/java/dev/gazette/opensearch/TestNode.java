package dev.gazette.opensearch;

import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node for a test run: {@code TestNode <http port> <data folder>}. Prints {@code READY} once the
 * cluster is yellow (one node: no replicas to place), and stops when its standard input closes, which the test's process handle does when it ends
 * (or the JVM that started it exits): the node never outlives the run that owns it.
 */
public final class TestNode {

    private TestNode() {
    }

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        Path base = Path.of(args[1]).toAbsolutePath();
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("transport.port", String.valueOf(httpPort + 1));
            settings.put("discovery.type", "single-node");
            // A build folder on a nearly full disk must not turn the index read-only.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        }).build(OpenSearchRunner.newConfigs().numOfNode(1).basePath(base.toString()).clusterName("gazette-test")
                .printOnFailure().disableESLogger());
        runner.ensureYellow();
        System.out.println("READY " + httpPort);
        System.out.flush();
        try {
            while (System.in.read() >= 0) {
                // the owner's pipe stays open while it wants the node
            }
        } finally {
            runner.close();
            System.out.println("STOPPED");
        }
        System.exit(0);
    }
}
