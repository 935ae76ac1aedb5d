package dev.headroom.conversation;

/**
 * When {@code headroom_retrieve} is added to the tools a request offers. Providers cache the tools
 * array first, before the system prompt and the messages, so a tools array that changes within a
 * conversation costs that request its whole cached prefix; the two choices trade that against the
 * tool's own tokens (see the replay benchmark in BENCHMARKS.md).
 */
public enum RetrieveToolOffer {

    /**
     * Offered on every request that offers the caller's tools (and on any request whose history holds
     * a marker), so the tools array of a tool-using conversation is the same from its first request
     * on. Costs the definition's tokens on every such request, cached after the first.
     */
    FROM_FIRST_REQUEST,

    /**
     * Offered once a marker is in the history, and on every later request: the tools array changes
     * once, on the request that carries the first marker. Costs nothing in conversations where
     * nothing is ever elided.
     */
    AFTER_FIRST_MARKER
}
