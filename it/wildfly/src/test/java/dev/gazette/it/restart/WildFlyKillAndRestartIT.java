package dev.gazette.it.restart;

import java.util.Map;

/** Kill and restart on WildFly, started as an operator would: standalone.sh with the EAR in deployments/. */
class WildFlyKillAndRestartIT extends AbstractKillAndRestartIT {

    private final WildFlyProcess server =
            new WildFlyProcess(ServerProcess.property("project.build.directory").resolve("kill-and-restart"), 200, Map.of());

    @Override
    protected ServerProcess server() {
        return server;
    }
}
