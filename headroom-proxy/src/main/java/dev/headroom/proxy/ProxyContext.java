package dev.headroom.proxy;

import dev.headroom.conversation.ConversationPolicy;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;

/** What every request of one proxy shares: configuration, the policy, the upstream client, routes, metrics and the log. */
record ProxyContext(ProxyConfig config, ConversationPolicy policy, HttpClient client, Routes routes, ProxyMetrics metrics, Logger log) {

    /** The scope of a request's originals: the configured one, else a hash of its API key (when scoping per key), else none. */
    String scopeOf(Request request) {
        if (config.scope() != null) {
            return config.scope();
        }
        return config.scopePerKey() ? ApiKeyScope.of(request.getHeaders()) : null;
    }
}
