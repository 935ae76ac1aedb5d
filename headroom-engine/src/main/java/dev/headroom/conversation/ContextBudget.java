package dev.headroom.conversation;

import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.conversation.cost.CutCost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * How the budget decides, and why it needs no memory of its own.
 *
 * A cut rewrites history, and every later request must send the same stubs in the same places, or
 * the cache is lost again. Rather than remembering where cuts were made (a memory that can be evicted,
 * and that instances behind a load balancer do not share), the budget derives them from the request
 * itself: the history a request carries holds every request made before it (each assistant message
 * answered one, whose messages were everything before it), so the budget replays its own decisions
 * over those points, oldest first, and the cuts come out the same on every request. The inputs of each
 * decision are the messages before its point as they are sent (the memo gives every tool result the
 * same text every time), this configuration, and nothing else: no clock, no counter, no store.
 *
 * At each point whose request would exceed the budget: the candidates are the tool results before
 * it, oldest first, except the protected ones (see ConversationPolicy.Builder#keepRecentToolResults)
 * and those whose stub would not save half of them. Taking them in that order, the cut goes down to
 * the target (half the budget) in one step, so the next one is many turns away; when the protected
 * part alone is above the target, a cut must still remove at least budget - target tokens, so that
 * what follows a cut is always at least that much growth. The cut is then priced (CutCost): what the
 * cached prefix after its first stub costs to send again now, against what its removed tokens would
 * cost to read on every turn expected to come. It is made only if it pays. A stub is never undone, and
 * a result is stubbed once, so the same history is never cut twice.
 *
 * Counting: see RequestLayout.
 */
/**
 * The context budget: decides, for one prepared request, which older tool results go out as stubs
 * ({@link ToolResultStub}) with their originals retrievable through {@code headroom_retrieve}.
 * Thread-safe.
 */
final class ContextBudget {

    private final int budget;
    private final int target;
    private final int keepRecent;
    private final CachePricing pricing;
    private final RetrieveToolOffer offer;
    private final TextTokens tokens;
    private final StubMemo stubs;

    ContextBudget(int budget, int keepRecent, CachePricing pricing, RetrieveToolOffer offer, Headroom headroom) {
        this.budget = budget;
        this.target = budget / 2;
        this.keepRecent = keepRecent;
        this.pricing = pricing;
        this.offer = offer;
        this.tokens = new TextTokens(headroom.tokenCounter());
        this.stubs = new StubMemo(headroom);
    }

    /**
     * Applies the budget's cuts to {@code prepared}, the caller's {@code request} as the rewriter
     * prepared it (round 0). Returns it unchanged when nothing is cut.
     */
    Prepared apply(Conversation request, Prepared prepared, RequestRewriter rewriter) {
        RequestLayout layout = RequestLayout.of(request, prepared.plan(), tokens);
        if (layout == null || layout.slots.isEmpty()) {
            return prepared;
        }
        boolean cutNow = new Walk(layout).run(request);
        List<RequestLayout.Slot> stubbed = new ArrayList<>();
        for (RequestLayout.Slot s : layout.slots) {
            if (s.stubbed && stubs.store(prepared.scope(), s.original.text(), s.facts.stub())) {
                stubbed.add(s);
            }
        }
        if (stubbed.isEmpty()) {
            return prepared;
        }
        return rebuild(request, prepared, layout, stubbed, cutNow, rewriter);
    }

    /** A request the history shows was made: where it ended among the messages, its tokens, and the cuts made before it. */
    private record Sent(int point, long size, int cuts) {}

    /** One replay of the budget's decisions over the request points of a history. Not thread-safe: one per request. */
    private final class Walk {
        private final RequestLayout layout;
        /** The first request point after the first marker: from it on, the retrieve tool is offered. */
        private final int markersFrom;
        private final List<Sent> sent;
        /** The first message each cut changed, in order. */
        private final List<Integer> cutStarts = new ArrayList<>();

        Walk(RequestLayout layout) {
            this.layout = layout;
            int from = Integer.MAX_VALUE;
            for (int p : layout.points) {
                if (p > layout.firstMarker) {
                    from = p;
                    break;
                }
            }
            this.markersFrom = from;
            this.sent = new ArrayList<>(layout.points.size());
        }

        /** Decides at every request point, oldest first; returns whether the last one (this request) cuts. */
        boolean run(Conversation request) {
            boolean offeredFromStart = offer == RetrieveToolOffer.FROM_FIRST_REQUEST && !request.tools().isEmpty();
            boolean cutNow = false;
            for (int turn = 1; turn <= layout.points.size(); turn++) {
                int point = layout.points.get(turn - 1);
                long size = before(point);
                if (size > budget) {
                    // the tools were offered in the request before this one, or a stub makes them change here
                    int previous = sent.isEmpty() ? -1 : sent.get(sent.size() - 1).point();
                    boolean offered = offeredFromStart || !cutStarts.isEmpty() || previous >= markersFrom;
                    long cut = cut(point, size, turn, offered);
                    size -= cut;
                    cutNow = cut > 0 && point == layout.size;
                }
                sent.add(new Sent(point, size, cutStarts.size()));
            }
            return cutNow;
        }

        /** The tokens a result is sent as: its stub once stubbed, else as now (the memo sends it the same every time). */
        private long tokensAt(RequestLayout.Slot s) {
            return s.stubbed ? s.facts.stubTokens() : s.tokens;
        }

        /** The tokens of the tools and of every message before {@code position}, with the stubs so far. */
        private long before(int position) {
            long n = layout.tools + layout.prefix[position];
            for (RequestLayout.Slot s : layout.slots) {
                if (s.out >= position) {
                    break;
                }
                n += tokensAt(s) - s.tokens;
            }
            return n;
        }

        /**
         * Decides the cut at one request point and marks its results; returns the tokens it removes (0
         * when it does not cut). {@code offered}: whether the retrieve tool was offered already (a stub
         * would otherwise make it appear, changing the prompt right after the caller's tools).
         */
        private long cut(int point, long size, int turn, boolean offered) {
            int count = 0;
            while (count < layout.slots.size() && layout.slots.get(count).out < point) {
                count++;
            }
            boolean[] kept = protectedSlots(layout, count, point);
            List<RequestLayout.Slot> chosen = new ArrayList<>();
            long removing = 0;
            for (int i = 0; i < count && size - removing > target; i++) {
                RequestLayout.Slot s = layout.slots.get(i);
                long now = tokensAt(s);
                if (!kept[i] && !s.stubbed && s.sent.plainText() && facts(s).worthCutting(now)) {
                    chosen.add(s);
                    removing += now - s.facts.stubTokens();
                }
            }
            if (chosen.isEmpty() || (size - removing > target && removing < budget - target)) {
                return 0;
            }
            int first = chosen.get(0).out;
            long cachedBefore = sent.isEmpty() ? 0 : pricing.cachedPrefix(sent.get(sent.size() - 1).size());
            long stillCached = offered ? stillCached(point, first)
                    : pricing.cachedPrefix(pricing.mode() == CachePricing.Mode.AUTOMATIC_PREFIX ? layout.tools : 0);
            if (!CutCost.of(pricing, cachedBefore, stillCached, removing, turn).pays()) {
                return 0;
            }
            chosen.forEach(s -> s.stubbed = true);
            cutStarts.add(first);
            return removing;
        }

        /**
         * Tokens of the request cut at {@code point} (first changed message {@code first}) that the cache
         * can still serve. Automatic prefix caching: everything before the first change. A last-message
         * breakpoint: the latest earlier request that ended before the change, within the lookback, and
         * has not been changed by a cut since.
         */
        private long stillCached(int point, int first) {
            if (pricing.mode() == CachePricing.Mode.AUTOMATIC_PREFIX) {
                long previous = sent.isEmpty() ? 0 : sent.get(sent.size() - 1).size();
                return pricing.cachedPrefix(Math.min(before(first), previous));
            }
            for (int k = sent.size() - 1; k >= 0; k--) {
                Sent q = sent.get(k);
                if (point - q.point() > pricing.lookbackBlocks()) {
                    break;
                }
                if (q.point() <= first && unchangedSince(q)) {
                    return pricing.cachedPrefix(q.size());
                }
            }
            return 0;
        }

        /** Whether no cut after request {@code q} changed anything it sent. */
        private boolean unchangedSince(Sent q) {
            for (int c = q.cuts(); c < cutStarts.size(); c++) {
                if (cutStarts.get(c) < q.point()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The results before {@code point} that must stay whole there: the {@code keepRecent} most recent;
     * the {@code keepRecent} most recent that hold an error or a failure; the {@code keepRecent} most
     * recent that the model retrieved (a {@code headroom_retrieve} answer, or a result whose handle a
     * retrieve call before the point asked for).
     */
    private boolean[] protectedSlots(RequestLayout layout, int count, int point) {
        boolean[] kept = new boolean[count];
        int recent = 0;
        int errors = 0;
        int retrieved = 0;
        for (int i = count - 1; i >= 0; i--) {
            RequestLayout.Slot s = layout.slots.get(i);
            if (recent < keepRecent) {
                kept[i] = true;
                recent++;
            }
            if (errors < keepRecent && facts(s).error()) {
                kept[i] = true;
                errors++;
            }
            if (retrieved < keepRecent && retrievedBefore(layout, s, point)) {
                kept[i] = true;
                retrieved++;
            }
        }
        return kept;
    }

    StubMemo.Facts facts(RequestLayout.Slot s) {
        if (s.facts == null) {
            s.facts = stubs.facts(s.original);
        }
        return s.facts;
    }

    /** The prepared request with the stubs in place, the retrieve tool offered, and the exchanges' key unchanged. */
    private Prepared rebuild(Conversation request, Prepared prepared, RequestLayout layout, List<RequestLayout.Slot> stubbed, boolean cutNow,
            RequestRewriter rewriter) {
        RequestPlan plan = prepared.plan();
        Map<Integer, Map<Integer, String>> byOut = new HashMap<>();
        long stubbedTokens = 0;
        for (RequestLayout.Slot s : stubbed) {
            byOut.computeIfAbsent(s.out, k -> new HashMap<>()).put(s.result, s.facts.stub().text());
            stubbedTokens += s.tokens - s.facts.stubTokens();
        }
        List<Message> messages = new ArrayList<>(plan.messages());
        byOut.forEach((out, texts) -> messages.set(out, withTexts((Message.ToolResults) messages.get(out), texts)));

        List<Edit> edits = new ArrayList<>(plan.edits().size() + stubbed.size());
        Map<Integer, Edit> replays = new HashMap<>();
        for (Edit e : plan.edits()) {
            if (e instanceof Edit.Replay r) {
                replays.put(r.index(), r);
            }
        }
        int e = 0;
        List<Edit> old = plan.edits();
        for (int i = 0; i < request.messages().size(); i++) {
            List<Edit> mine = new ArrayList<>(2);
            while (e < old.size() && old.get(e).index() == i) {
                mine.add(old.get(e++));
            }
            int start = layout.outStart[i];
            if (replays.containsKey(i)) {
                Edit.Replay r = (Edit.Replay) replays.get(i);
                boolean changed = false;
                for (int k = 0; k < r.messages().size(); k++) {
                    changed |= byOut.containsKey(start + k);
                }
                edits.add(changed ? new Edit.Replay(i, messages.subList(start, start + r.messages().size())) : r);
                continue;
            }
            Map<Integer, String> texts = byOut.get(start);
            if (texts == null) {
                edits.addAll(mine);
                continue;
            }
            int results = ((Message.ToolResults) request.messages().get(i)).results().size();
            for (int j = 0; j < results; j++) {
                String stub = texts.get(j);
                if (stub != null) {
                    edits.add(new Edit.ToolResultText(i, j, stub));
                } else {
                    for (Edit m : mine) {
                        if (m instanceof Edit.ToolResultText t && t.result() == j) {
                            edits.add(t);
                        }
                    }
                }
            }
        }
        List<ToolDefinition> tools = rewriter.tools(request, true);
        RequestPlan next = new RequestPlan(messages, tools, !tools.equals(request.tools()), edits, List.of(), true, 0);
        return prepared.withStubs(next, stubbed.size(), stubbedTokens, cutNow);
    }

    private static Message.ToolResults withTexts(Message.ToolResults message, Map<Integer, String> texts) {
        List<ToolResult> results = new ArrayList<>(message.results().size());
        for (int j = 0; j < message.results().size(); j++) {
            ToolResult r = message.results().get(j);
            String text = texts.get(j);
            results.add(text == null ? r : r.withText(text));
        }
        return new Message.ToolResults(results, message.extra(), null);
    }

    /** Whether the model had retrieved {@code s} (or it is a retrieve answer) before {@code point}. */
    private boolean retrievedBefore(RequestLayout layout, RequestLayout.Slot s, int point) {
        if (s.retrieveAnswer) {
            return s.out < point;
        }
        if (layout.retrieveCalls.isEmpty()) {
            return false;
        }
        if (!s.retrievedKnown) {
            s.retrievedKnown = true;
            List<String> handles = new ArrayList<>();
            for (Marker m : Marker.findAll(s.sent.text())) {
                handles.add(m.handle());
            }
            StubMemo.Facts f = facts(s);
            if (f.stub() != null) {
                handles.add(f.stub().handle());
            }
            for (String h : handles) {
                Integer at = layout.retrieveCalls.get(h);
                if (at != null && at > s.out) {
                    s.retrievedAt = Math.min(s.retrievedAt, at);
                }
            }
        }
        return s.retrievedAt < point;
    }
}
