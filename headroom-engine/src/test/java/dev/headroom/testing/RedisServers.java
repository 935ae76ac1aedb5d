package dev.headroom.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A Redis server in a Docker container (Testcontainers), for the Redis store contract on machines
 * with a Docker daemon; {@link RedisServerProcess} covers the machine's own server on 127.0.0.1:6379.
 *
 * <p>Testcontainers is asked only when something points at a Docker daemon (a socket at a usual
 * place, {@code DOCKER_HOST}, or a Testcontainers configuration): its discovery alone takes about
 * half a second without one, so a machine with no Docker (CI here) never pays for it. It has no
 * telemetry; with Docker it pulls {@value #IMAGE} and its resource reaper image on first use, and
 * its startup checks are switched off ({@code checks.disable}).
 */
public final class RedisServers {

    public static final String IMAGE = "redis:7.4-alpine";

    /** Where a real Redis answers, and which source provided it. */
    public record Server(String host, int port, String source) {}

    private static Optional<Server> container;

    private RedisServers() {}

    /** A Redis in a container started once for this JVM, or empty when no Docker daemon answers. */
    public static synchronized Optional<Server> container() {
        if (container == null) {
            container = startContainer();
        }
        return container;
    }

    /** Whether anything points at a Docker daemon, without asking Testcontainers (which is slow to say no). */
    public static boolean dockerHinted() {
        String home = System.getProperty("user.home");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return System.getenv("DOCKER_HOST") != null
                || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || (runtime != null && Files.exists(Path.of(runtime, "docker.sock")));
    }

    private static Optional<Server> startContainer() {
        if (!dockerHinted()) {
            return Optional.empty();
        }
        System.setProperty("checks.disable", "true");
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
            @SuppressWarnings("resource") // stopped by Testcontainers' resource reaper when the JVM exits
            GenericContainer<?> redis = new GenericContainer<>(DockerImageName.parse(IMAGE))
                    .withExposedPorts(6379)
                    .withCommand("redis-server", "--save", "", "--appendonly", "no")
                    .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1))
                    .withStartupTimeout(Duration.ofSeconds(60));
            redis.start();
            return Optional.of(new Server(redis.getHost(), redis.getMappedPort(6379), "testcontainers " + IMAGE));
        } catch (RuntimeException | LinkageError e) {
            System.err.println("Testcontainers could not start " + IMAGE + ": " + e);
            return Optional.empty();
        }
    }
}
