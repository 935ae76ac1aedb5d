package dev.headroom.conversation;

/**
 * When {@code headroom_retrieve} is added to the tools a request offers. Providers cache the tools
 * array first, before the system prompt and the messages, so a tools array that changes within a
 * conversation costs that request its whole cached prefix; the two choices trade that against the
 * tool's own tokens on every request (measured by the replay benchmark, see BENCHMARKS.md; the
 * default, {@link #AFTER_FIRST_MARKER}, never cost more than no Headroom there, the other did on every
 * conversation where nothing was elided). A marker counts when Headroom sent it: in a tool result it
 * compressed (here or where the result was produced, through the same memo) or in a replayed exchange;
 * marker-like text quoted by a tool, the user or the model does not.
 */
public enum RetrieveToolOffer {

    /**
     * Offered on every request that offers the caller's tools (and on any request whose history holds
     * a marker), so the tools array of a tool-using conversation is the same from its first request
     * on. Costs the definition's tokens on every such request, cached after the first.
     */
    FROM_FIRST_REQUEST,

    /**
     * Offered once a marker Headroom sent is in the history, and on every later request (the history
     * keeps it): the tools array changes once, on the request that carries the first marker. Costs
     * nothing in conversations where nothing is ever elided. That request loses the cached prefix, so
     * the first marker is priced: a result that would carry it goes out compressed only if that pays
     * for the prefix, else whole (with the policy's cache pricing; see
     * {@link ConversationPolicy.Builder#cachePricing}). The default.
     */
    AFTER_FIRST_MARKER
}
