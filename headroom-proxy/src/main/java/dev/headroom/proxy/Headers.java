package dev.headroom.proxy;

import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Response;

/** Which headers cross the proxy: all of them, except those that belong to one connection (RFC 9110, section 7.6.1) or that the proxy sets itself. */
final class Headers {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");
    /** Set by the proxy for the body it sends: its length and type; and no compression, as the proxy reads the response. */
    private static final Set<String> REQUEST_OWN = Set.of("host", "content-length", "content-type", "expect", "accept-encoding");

    private Headers() {}

    static boolean forwardRequestHeader(HttpField f) {
        String name = f.getLowerCaseName();
        return !HOP_BY_HOP.contains(name) && !REQUEST_OWN.contains(name);
    }

    /** Copies the upstream's response headers; {@code whole}: the proxy writes the body with its own length. */
    static void copyResponseHeaders(HttpFields upstream, Response response, boolean whole) {
        HttpFields.Mutable out = response.getHeaders();
        for (HttpField f : upstream) {
            String name = f.getLowerCaseName();
            if (HOP_BY_HOP.contains(name) || name.equals("content-length") && whole) {
                continue;
            }
            out.add(f);
        }
    }
}
