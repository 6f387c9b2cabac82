package dev.gazette.web.imports.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This application node's name, to own the background imports it runs: at its next start, its jobs that were
 * running are the ones it left interrupted. WildFly's {@code jboss.node.name}, Payara's instance name, else the host.
 */
public final class Nodes {

    private Nodes() {
    }

    public static String name() {
        String name = System.getProperty("jboss.node.name", System.getProperty("com.sun.aas.instanceName"));
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "localhost";
        }
    }
}
