package dev.headroom.conversation.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The provider's prompt cache for one conversation, as a simulation: charge each request in order
 * and it bills the request the way the provider would, given every request charged before. Used by
 * the replay benchmark to price whole conversations, and meant for decisions priced against the cache
 * (what a rewrite of history costs in lost cached prefix). Prefixes are compared block by block, so a
 * block that changes loses the cache from its first token (providers compare tokens, which can keep
 * part of a changed block; the simulation is the more conservative). Time-to-live is not modelled:
 * entries never expire. Not thread-safe.
 */
public final class PromptCache {

    private final CachePricing pricing;
    /** Every request charged so far, as block keys with cumulative token counts. */
    private final List<Charged> earlier = new ArrayList<>();

    public PromptCache(CachePricing pricing) {
        this.pricing = Objects.requireNonNull(pricing, "pricing");
    }

    public CachePricing pricing() {
        return pricing;
    }

    /** Bills {@code request} and remembers it for the requests that follow. */
    public RequestCost charge(List<PromptBlock> request) {
        Charged now = Charged.of(request);
        RequestCost cost = pricing.mode() == CachePricing.Mode.AUTOMATIC_PREFIX ? automatic(now) : breakpoint(now);
        earlier.add(now);
        return cost;
    }

    /** What {@code request} would be billed now, without remembering it. */
    public RequestCost quote(List<PromptBlock> request) {
        Charged now = Charged.of(request);
        return pricing.mode() == CachePricing.Mode.AUTOMATIC_PREFIX ? automatic(now) : breakpoint(now);
    }

    private RequestCost automatic(Charged now) {
        long shared = 0;
        for (Charged e : earlier) {
            shared = Math.max(shared, now.tokensBefore(now.commonBlocks(e)));
        }
        long read = pricing.cachedPrefix(shared);
        long full = now.total() - read;
        return new RequestCost(now.total(), read, 0, full, read * pricing.readFactor() + full);
    }

    private RequestCost breakpoint(Charged now) {
        if (now.total() < pricing.minCachedTokens()) {
            return new RequestCost(now.total(), 0, 0, now.total(), now.total());
        }
        long read = 0;
        int blocks = now.keys.length;
        for (Charged e : earlier) {
            int n = e.keys.length;
            boolean written = e.total() >= pricing.minCachedTokens();
            if (written && n <= blocks && blocks - n <= pricing.lookbackBlocks() && now.commonBlocks(e) == n) {
                read = Math.max(read, e.total());
            }
        }
        long written = now.total() - read;
        return new RequestCost(now.total(), read, written, 0, read * pricing.readFactor() + written * pricing.writeFactor());
    }

    /** A request's block keys and the tokens before each block. */
    private record Charged(String[] keys, long[] cumulative) {

        static Charged of(List<PromptBlock> blocks) {
            String[] keys = new String[blocks.size()];
            long[] cumulative = new long[blocks.size() + 1];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = blocks.get(i).key();
                cumulative[i + 1] = cumulative[i] + blocks.get(i).tokens();
            }
            return new Charged(keys, cumulative);
        }

        long total() {
            return cumulative[keys.length];
        }

        long tokensBefore(int block) {
            return cumulative[block];
        }

        /** How many leading blocks this request shares with {@code other}. */
        int commonBlocks(Charged other) {
            int n = Math.min(keys.length, other.keys.length);
            int i = 0;
            while (i < n && keys[i].equals(other.keys[i])) {
                i++;
            }
            return i;
        }
    }
}
