package dev.headroom.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A throw-away {@code redis-server} child process on a free local port, for tests that kill and
 * restart Redis; and probes for the machine's shared Redis on 127.0.0.1:6379.
 *
 * <p>Redis tests skip (JUnit assumptions on {@link #sharedAvailable()} and {@link #binaryAvailable()})
 * when no Redis is there, so the suite passes on a laptop without one. When the environment variable
 * {@value #REQUIRE_ENV} is {@code 1} or {@code true} ({@code .ci/run} sets it after starting Redis),
 * both probes throw an {@link AssertionError} instead of answering false, so a Redis test fails
 * rather than skips and CI cannot pass with the Redis tests unrun.
 */
public final class RedisServerProcess implements AutoCloseable {

    public static final String SHARED_HOST = "127.0.0.1";
    public static final int SHARED_PORT = 6379;
    /** Set to {@code 1} (or {@code true}) to make a missing Redis a test failure instead of a skip. */
    public static final String REQUIRE_ENV = "HEADROOM_REQUIRE_REDIS";

    private final int port;
    private final Path log;
    private Process process;

    private RedisServerProcess(int port, Path log) {
        this.port = port;
        this.log = log;
    }

    /**
     * Whether {@code redis-server} can be run from the PATH.
     *
     * @throws AssertionError when it cannot and {@value #REQUIRE_ENV} is set
     */
    public static boolean binaryAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "redis-server"))) {
                return true;
            }
        }
        return absent("redis-server is not on the PATH (" + System.getenv("PATH") + ")");
    }

    /** Whether something accepts connections on {@code host:port}. */
    public static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the machine's shared Redis answers on 127.0.0.1:6379.
     *
     * @throws AssertionError when it does not and {@value #REQUIRE_ENV} is set
     */
    public static boolean sharedAvailable() {
        return answers(SHARED_HOST, SHARED_PORT) || absent("no Redis answers on " + SHARED_HOST + ":" + SHARED_PORT);
    }

    /** Whether {@value #REQUIRE_ENV} asks for the Redis tests to run (fail) rather than skip. */
    public static boolean required() {
        String v = System.getenv(REQUIRE_ENV);
        return v != null && (v.trim().equals("1") || v.trim().equalsIgnoreCase("true"));
    }

    /** False, for a skip; or, when Redis is required, an AssertionError saying what is missing. */
    private static boolean absent(String what) {
        if (required()) {
            throw new AssertionError(REQUIRE_ENV + "=" + System.getenv(REQUIRE_ENV) + " requires Redis, but " + what
                    + "; install redis-server and run it on " + SHARED_HOST + ":" + SHARED_PORT
                    + " (.ci/run starts one when none answers), or unset " + REQUIRE_ENV + " to skip the Redis tests");
        }
        return false;
    }

    /** Starts a server on a free port and waits until it accepts connections. */
    public static RedisServerProcess start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        RedisServerProcess p = new RedisServerProcess(port, Files.createTempFile("headroom-redis-" + port, ".log"));
        p.restart();
        return p;
    }

    public int port() {
        return port;
    }

    /** Starts the server (again) on the same port and waits until it answers. */
    public void restart() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("redis-server on port " + port + " is still running");
        }
        process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                        "--save", "", "--appendonly", "no", "--daemonize", "no"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!answers("127.0.0.1", port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("redis-server did not start on port " + port + "; see " + log + ": "
                        + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    /** Kills the server (SIGKILL) and waits until the port is closed. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.waitFor();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (answers("127.0.0.1", port) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
