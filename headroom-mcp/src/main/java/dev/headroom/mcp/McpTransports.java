package dev.headroom.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Runs an {@link McpServerDefinition} over stdio or over Streamable HTTP (Jetty). */
public final class McpTransports {

    /** The path the Streamable HTTP endpoint is served on. */
    public static final String HTTP_ENDPOINT = "/mcp";

    private McpTransports() {}

    /**
     * Serves one client on standard input and output until standard input closes. Standard output
     * carries the protocol only: {@code System.out} is pointed at standard error first, so a stray
     * print anywhere in the process cannot corrupt the channel.
     */
    public static void serveStdio(McpServerDefinition definition) throws InterruptedException {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        CountDownLatch closed = new CountDownLatch(1);
        McpSyncServer server = definition.build(McpServer.sync(
                new StdioServerTransportProvider(McpJson.MAPPER, new EndSignallingInputStream(System.in, closed), protocol)));
        try {
            closed.await();
        } finally {
            server.close();
        }
    }

    /**
     * Starts a Streamable HTTP server on {@code host:port} (port 0 picks a free one), endpoint
     * {@value #HTTP_ENDPOINT}. Bound to a loopback address, it accepts only loopback Host headers (a
     * guard against DNS rebinding); browsers' Origin headers are accepted only from loopback pages.
     */
    public static HttpEndpoint startHttp(McpServerDefinition definition, String host, int port) throws Exception {
        HttpServletStreamableServerTransportProvider provider = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJson.MAPPER)
                .mcpEndpoint(HTTP_ENDPOINT)
                .securityValidator(securityValidator(host))
                .build();
        McpSyncServer server = definition.build(McpServer.sync(provider));
        Server jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(provider);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/*");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            server.close();
            jetty.stop();
            throw e;
        }
        return new HttpEndpoint(jetty, server, host, connector.getLocalPort());
    }

    private static ServerTransportSecurityValidator securityValidator(String host) {
        DefaultServerTransportSecurityValidator.Builder b = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigin("http://localhost:*")
                .allowedOrigin("http://127.0.0.1:*")
                .allowedOrigin("http://[::1]:*");
        if (isLoopback(host)) {
            b.allowedHost("localhost:*").allowedHost("127.0.0.1:*").allowedHost("[::1]:*");
        }
        return b.build();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A running Streamable HTTP server; closing it stops the MCP server and Jetty. */
    public static final class HttpEndpoint implements AutoCloseable {
        private final Server jetty;
        private final McpSyncServer server;
        private final String host;
        private final int port;

        private HttpEndpoint(Server jetty, McpSyncServer server, String host, int port) {
            this.jetty = jetty;
            this.server = server;
            this.host = host;
            this.port = port;
        }

        /** The port it listens on. */
        public int port() {
            return port;
        }

        /** The endpoint's URL, e.g. {@code http://127.0.0.1:8787/mcp}. */
        public String url() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return "http://" + h + ":" + port + HTTP_ENDPOINT;
        }

        @Override
        public void close() throws Exception {
            try {
                server.close();
            } finally {
                jetty.stop();
            }
        }
    }

    /** Counts the latch down when the stream ends or fails, that is when the client has gone. */
    private static final class EndSignallingInputStream extends FilterInputStream {
        private final CountDownLatch closed;

        EndSignallingInputStream(InputStream in, CountDownLatch closed) {
            super(in);
            this.closed = closed;
        }

        @Override
        public int read() throws IOException {
            return signalled(() -> super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return signalled(() -> super.read(b, off, len));
        }

        private int signalled(IoRead read) throws IOException {
            try {
                int n = read.run();
                if (n < 0) {
                    closed.countDown();
                }
                return n;
            } catch (IOException e) {
                closed.countDown();
                throw e;
            }
        }

        private interface IoRead {
            int run() throws IOException;
        }
    }
}
