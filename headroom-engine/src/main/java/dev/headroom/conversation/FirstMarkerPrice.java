package dev.headroom.conversation;

import dev.headroom.ccr.Marker;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.conversation.cost.CutCost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Why the first marker is priced. With the retrieve tool offered after the first marker, the request
 * that carries the conversation's first marker also adds the tool, and tools come first in the prompt:
 * that request loses the whole cached prefix once. Early in a conversation that costs nothing; late in
 * a long one, for a small saving, it costs more than compressing saves (the replay benchmark showed
 * coding-agent trajectories costing up to 40% more with Headroom than without, for that one reason).
 *
 * Since that request rewrites the prompt anyway, it may as well compress every earlier result that
 * compresses: so the markers come all at once, at the first request where the cut pays (CutCost: the
 * prefix lost against what all compressible results so far save on it and on every turn expected
 * after it), and until then every result goes out whole. A result that carries a marker from its
 * source, or a replayed retrieve exchange, makes the tool appear where it first comes; that request
 * compresses everything before it too. As for the context budget, the point is derived from the
 * request itself (each earlier request is priced with what it carried), so every later request finds
 * the same one.
 */
/**
 * Decides where a conversation's first marker is worth the retrieve tool appearing (see the comment
 * above); a step after the {@link RequestRewriter}. Thread-safe.
 */
final class FirstMarkerPrice {

    private final CachePricing pricing;
    private final TextTokens tokens;

    FirstMarkerPrice(CachePricing pricing, TextTokens tokens) {
        this.pricing = pricing;
        this.tokens = tokens;
    }

    /**
     * What the pricing decided for one request: the request, and the position among the messages sent
     * of the request point from which markers are sent (0: from the start; {@link Integer#MAX_VALUE}:
     * not in this request). Before it, results now compressed with a marker went out whole.
     */
    record Outcome(Prepared prepared, int markersFrom) {}

    /**
     * {@code prepared} as it is when its markers have paid (or come from elsewhere) by this request;
     * otherwise with every compressed result that carries a marker sent whole. Reads the request only
     * as far as the point where the markers come, usually near its start.
     */
    Outcome apply(Conversation request, Prepared prepared, RequestRewriter rewriter) {
        RequestPlan plan = prepared.plan();
        if (!plan.markerSent()) {
            return new Outcome(prepared, Integer.MAX_VALUE);
        }
        Map<Long, Edit.ToolResultText> compressed = new HashMap<>();
        Map<Integer, Edit.Replay> replays = new HashMap<>();
        for (Edit e : plan.edits()) {
            if (e instanceof Edit.ToolResultText t) {
                compressed.put(key(t.index(), t.result()), t);
            } else if (e instanceof Edit.Replay r) {
                replays.put(r.index(), r);
            }
        }
        long tools = RequestLayout.toolTokens(request.tools(), tokens);
        // the retrieve tool appearing changes the prompt right after the caller's tools (from the start without them)
        long stillCached = pricing.mode() == CachePricing.Mode.AUTOMATIC_PREFIX ? pricing.cachedPrefix(tools) : 0;
        List<Message> in = request.messages();
        List<long[]> markers = new ArrayList<>(); // {caller index, result index, out position}
        long size = tools;  // the request so far, every result whole
        long saving = 0;    // what compressing every compressible result so far saves
        long previous = -1; // the request before the point
        int turn = 0;
        int out = 0;
        for (int i = 0; i <= in.size(); i++) {
            Message caller = i < in.size() ? in.get(i) : null;
            if (caller == null || caller instanceof Message.Assistant) {
                turn++;
                if (saving > 0 && CutCost.of(pricing, previous < 0 ? 0 : pricing.cachedPrefix(previous), stillCached, saving, turn)
                        .pays()) {
                    return new Outcome(prepared, out); // the markers pay here: sent as the rewriter prepared them
                }
                previous = size;
            }
            if (caller == null) {
                break;
            }
            Edit.Replay replay = replays.get(i);
            if (replay != null) {
                // a replayed exchange: the tool was offered when it happened, so markers come from the request it was in
                return new Outcome(prepared, out);
            }
            if (caller instanceof Message.ToolResults results) {
                for (int j = 0; j < results.results().size(); j++) {
                    ToolResult r = results.results().get(j);
                    Edit.ToolResultText edit = compressed.get(key(i, j));
                    if (edit != null && Marker.containsMarker(edit.text())) {
                        markers.add(new long[] {i, j, out});
                        saving += Math.max(0, tokens.count(r.text()) - tokens.count(edit.text()));
                    } else if (edit == null && rewriter.emittedMarker(r.text())) {
                        return new Outcome(prepared, nextPoint(in, i, out)); // marked at the source: the tool appears with it
                    }
                    boolean whole = edit == null || Marker.containsMarker(edit.text()); // until the markers come
                    size += tokens.count(whole ? r.text() : edit.text()) + RequestLayout.MESSAGE_OVERHEAD;
                }
            } else {
                size += RequestLayout.tokens(tokens, caller);
            }
            out++;
        }
        if (markers.isEmpty()) {
            return new Outcome(prepared, Integer.MAX_VALUE);
        }
        return new Outcome(prepared.withDeclined(rebuild(request, plan, markers, rewriter), markers.size(), saving), Integer.MAX_VALUE);
    }

    /** The out position of the first request point after caller message {@code i} (at out position {@code out}). */
    private static int nextPoint(List<Message> in, int i, int out) {
        int o = out;
        for (int k = i; k < in.size(); k++, o++) {
            if (in.get(k) instanceof Message.Assistant) {
                return o;
            }
        }
        return o;
    }

    /** The plan with the declined results sent as the caller sent them, and no marker: the tools as without one. */
    private static RequestPlan rebuild(Conversation request, RequestPlan plan, List<long[]> declined, RequestRewriter rewriter) {
        Set<Long> gone = new HashSet<>();
        Map<Integer, Set<Integer>> byOut = new HashMap<>();
        Map<Integer, Integer> callerOf = new HashMap<>();
        for (long[] d : declined) {
            gone.add(key((int) d[0], (int) d[1]));
            byOut.computeIfAbsent((int) d[2], o -> new HashSet<>()).add((int) d[1]);
            callerOf.put((int) d[2], (int) d[0]);
        }
        List<Edit> edits = new ArrayList<>(plan.edits().size());
        for (Edit e : plan.edits()) {
            if (!(e instanceof Edit.ToolResultText t && gone.contains(key(t.index(), t.result())))) {
                edits.add(e);
            }
        }
        List<Message> messages = new ArrayList<>(plan.messages());
        byOut.forEach((out, results) -> {
            Message.ToolResults caller = (Message.ToolResults) request.messages().get(callerOf.get(out));
            Message.ToolResults sent = (Message.ToolResults) messages.get(out);
            boolean all = true;
            List<ToolResult> mixed = new ArrayList<>(sent.results().size());
            for (int j = 0; j < sent.results().size(); j++) {
                boolean back = results.contains(j);
                mixed.add(back ? caller.results().get(j) : sent.results().get(j));
                all &= back || sent.results().get(j).equals(caller.results().get(j));
            }
            messages.set(out, all ? caller : new Message.ToolResults(mixed, sent.extra(), null));
        });
        List<ToolDefinition> tools = rewriter.tools(request, false);
        return new RequestPlan(messages, tools, !tools.equals(request.tools()), edits, List.of(), false, 0);
    }

    private static long key(int index, int result) {
        return ((long) index << 32) | result;
    }
}
