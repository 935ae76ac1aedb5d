package dev.headroom.conversation;

import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
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
 * Counting: the engine's tokenizer over what each message carries (texts, tool-call names and
 * arguments, tool definitions) plus a few tokens per message; within a few percent of a provider's
 * count, and identical on every request.
 */
/**
 * The context budget: decides, for one prepared request, which older tool results go out as stubs
 * ({@link ToolResultStub}) with their originals retrievable through {@code headroom_retrieve}.
 * Thread-safe.
 */
final class ContextBudget {

    /** Tokens counted per message and per tool result besides their text (role, ids, framing). */
    static final int MESSAGE_OVERHEAD = 4;

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

    /** What the budget did to one request. */
    record Outcome(Prepared prepared, int stubbed, long stubbedTokens, boolean cut) {}

    /**
     * Applies the budget's cuts to {@code prepared}, the caller's {@code request} as the rewriter
     * prepared it (round 0). Returns it unchanged when nothing is cut.
     */
    Outcome apply(Conversation request, Prepared prepared, RequestRewriter rewriter) {
        Layout layout = Layout.of(request, prepared.plan(), tokens);
        if (layout == null || layout.slots.isEmpty()) {
            return new Outcome(prepared, 0, 0, false);
        }
        boolean cutNow = walk(request, layout);
        List<Slot> stubbed = new ArrayList<>();
        for (Slot s : layout.slots) {
            if (s.stubbed && stubs.store(prepared.scope(), s.original.text(), s.facts.stub())) {
                stubbed.add(s);
            }
        }
        if (stubbed.isEmpty()) {
            return new Outcome(prepared, 0, 0, false);
        }
        return rebuild(request, prepared, layout, stubbed, cutNow, rewriter);
    }

    /** A request the history shows was made: where it ended among the messages, its tokens, and the cuts made before it. */
    private record Sent(int point, long size, int cuts) {}

    /** Replays the budget's decisions over every request point of the history; returns whether the last point cut. */
    private boolean walk(Conversation request, Layout layout) {
        boolean offeredFromStart = offer == RetrieveToolOffer.FROM_FIRST_REQUEST && !request.tools().isEmpty();
        List<Sent> sent = new ArrayList<>(layout.points.size());
        List<Integer> cutStarts = new ArrayList<>();
        long removed = 0;
        boolean cutNow = false;
        for (int turn = 1; turn <= layout.points.size(); turn++) {
            int point = layout.points.get(turn - 1);
            long size = layout.tools + layout.prefix[point] - removed;
            if (size > budget) {
                boolean offered = offeredFromStart || !cutStarts.isEmpty() || layout.firstMarker < point;
                long cut = cut(layout, point, size, turn, offered, sent, cutStarts);
                if (cut > 0) {
                    removed += cut;
                    size -= cut;
                    cutNow = point == layout.size;
                }
            }
            sent.add(new Sent(point, size, cutStarts.size()));
        }
        return cutNow;
    }

    /**
     * Decides the cut at one request point and marks its results; returns the tokens it removes (0
     * when it does not cut). {@code offered}: whether the retrieve tool is offered already (a stub
     * would otherwise make it appear, changing the prompt right after the caller's tools).
     */
    private long cut(Layout layout, int point, long size, int turn, boolean offered, List<Sent> sent, List<Integer> cutStarts) {
        int count = 0;
        while (count < layout.slots.size() && layout.slots.get(count).out < point) {
            count++;
        }
        boolean[] kept = protectedSlots(layout, count, point);
        List<Slot> chosen = new ArrayList<>();
        long removing = 0;
        for (int i = 0; i < count && size - removing > target; i++) {
            Slot s = layout.slots.get(i);
            if (!kept[i] && !s.stubbed && s.sent.plainText() && facts(s).worthCutting(s.tokens)) {
                chosen.add(s);
                removing += s.tokens - s.facts.stubTokens();
            }
        }
        if (chosen.isEmpty() || (size - removing > target && removing < budget - target)) {
            return 0;
        }
        int first = chosen.get(0).out;
        long cachedBefore = sent.isEmpty() ? 0 : cached(sent.get(sent.size() - 1).size());
        long stillCached = offered ? stillCached(layout, point, first, sent, cutStarts) : cached(pricing.mode() == CachePricing.Mode
                .AUTOMATIC_PREFIX ? layout.tools : 0);
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
    private long stillCached(Layout layout, int point, int first, List<Sent> sent, List<Integer> cutStarts) {
        if (pricing.mode() == CachePricing.Mode.AUTOMATIC_PREFIX) {
            long removedBefore = 0;
            for (Slot s : layout.slots) {
                if (s.stubbed && s.out < first) {
                    removedBefore += s.tokens - s.facts.stubTokens();
                }
            }
            long before = layout.tools + layout.prefix[first] - removedBefore;
            long previous = sent.isEmpty() ? 0 : sent.get(sent.size() - 1).size();
            return cached(Math.min(before, previous));
        }
        for (int k = sent.size() - 1; k >= 0; k--) {
            Sent q = sent.get(k);
            if (point - q.point() > pricing.lookbackBlocks()) {
                break;
            }
            if (q.point() <= first && unchangedSince(q, cutStarts)) {
                return cached(q.size());
            }
        }
        return 0;
    }

    /** Whether no cut after request {@code q} changed anything it sent. */
    private static boolean unchangedSince(Sent q, List<Integer> cutStarts) {
        for (int c = q.cuts(); c < cutStarts.size(); c++) {
            if (cutStarts.get(c) < q.point()) {
                return false;
            }
        }
        return true;
    }

    /** What of a prompt prefix of {@code tokens} the cache holds: nothing below the minimum, whole steps above it. */
    private long cached(long tokens) {
        return tokens < pricing.minCachedTokens() ? 0 : tokens / pricing.stepTokens() * pricing.stepTokens();
    }

    /**
     * The results before {@code point} that must stay whole there: the {@code keepRecent} most recent;
     * the {@code keepRecent} most recent that hold an error or a failure; the {@code keepRecent} most
     * recent that the model retrieved (a {@code headroom_retrieve} answer, or a result whose handle a
     * retrieve call before the point asked for).
     */
    private boolean[] protectedSlots(Layout layout, int count, int point) {
        boolean[] kept = new boolean[count];
        int recent = 0;
        int errors = 0;
        int retrieved = 0;
        for (int i = count - 1; i >= 0; i--) {
            Slot s = layout.slots.get(i);
            if (recent < keepRecent) {
                kept[i] = true;
                recent++;
            }
            if (errors < keepRecent && facts(s).error()) {
                kept[i] = true;
                errors++;
            }
            if (retrieved < keepRecent && layout.retrievedBefore(s, point, this)) {
                kept[i] = true;
                retrieved++;
            }
        }
        return kept;
    }

    StubMemo.Facts facts(Slot s) {
        if (s.facts == null) {
            s.facts = stubs.facts(s.original);
        }
        return s.facts;
    }

    /** The prepared request with the stubs in place, the retrieve tool offered, and the exchanges' key unchanged. */
    private Outcome rebuild(Conversation request, Prepared prepared, Layout layout, List<Slot> stubbed, boolean cutNow,
            RequestRewriter rewriter) {
        RequestPlan plan = prepared.plan();
        Map<Integer, Map<Integer, String>> byOut = new HashMap<>();
        long stubbedTokens = 0;
        for (Slot s : stubbed) {
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
        return new Outcome(prepared.withStubs(next, stubbed.size(), stubbedTokens, cutNow), stubbed.size(), stubbedTokens, cutNow);
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

    /** One tool result of the request: where it is, what the tool produced, what is sent, its tokens. */
    static final class Slot {
        final int out;
        final int result;
        final ToolResult original;
        final ToolResult sent;
        final int tokens;
        final boolean retrieveAnswer;
        /** Out position of the first retrieve call after it that asked for one of its handles (MAX_VALUE: none). */
        int retrievedAt = Integer.MAX_VALUE;
        boolean retrievedKnown;
        StubMemo.Facts facts;
        boolean stubbed;

        Slot(int out, int result, ToolResult original, ToolResult sent, int tokens) {
            this.out = out;
            this.result = result;
            this.original = original;
            this.sent = sent;
            this.tokens = tokens;
            this.retrieveAnswer = RetrieveTool.NAME.equals(sent.toolName());
        }
    }

    /**
     * The prepared request as the budget reads it: where each caller message starts among the messages
     * sent, the tokens before each of them, the tool results, the request points (where an assistant
     * message of the caller starts, and the end), the first marker, and the handles retrieve calls
     * asked for.
     */
    static final class Layout {
        final int size;
        final int[] outStart;
        final long[] prefix;
        long tools;
        final List<Slot> slots = new ArrayList<>();
        final List<Integer> points = new ArrayList<>();
        int firstMarker = Integer.MAX_VALUE;
        /** Handle -> out position of the first retrieve call asking for it. */
        final Map<String, Integer> retrieveCalls = new HashMap<>();

        private Layout(int callerSize, int size) {
            this.size = size;
            this.outStart = new int[callerSize];
            this.prefix = new long[size + 1];
        }

        /** The layout of {@code plan} against {@code request}, or null when they do not line up (then nothing is cut). */
        static Layout of(Conversation request, RequestPlan plan, TextTokens counter) {
            List<Message> in = request.messages();
            List<Message> out = plan.messages();
            Layout l = new Layout(in.size(), out.size());
            for (ToolDefinition t : request.tools()) {
                l.tools += counter.count(t.name()) + counter.count(t.description()) + counter.count(t.parametersJson())
                        + MESSAGE_OVERHEAD;
            }
            Map<Integer, Edit.Replay> replays = new HashMap<>();
            for (Edit e : plan.edits()) {
                if (e instanceof Edit.Replay r) {
                    replays.put(r.index(), r);
                }
            }
            int o = 0;
            for (int i = 0; i < in.size(); i++) {
                l.outStart[i] = o;
                Message caller = in.get(i);
                if (caller instanceof Message.Assistant) {
                    l.points.add(o);
                }
                Edit.Replay replay = replays.get(i);
                int span = replay == null ? 1 : replay.messages().size();
                for (int k = 0; k < span; k++, o++) {
                    if (o >= out.size()) {
                        return null;
                    }
                    Message sent = out.get(o);
                    Message original = replay == null ? caller : sent;
                    long tokens = 0;
                    if (sent instanceof Message.ToolResults results) {
                        if (!(original instanceof Message.ToolResults orig) || orig.results().size() != results.results().size()) {
                            return null;
                        }
                        for (int j = 0; j < results.results().size(); j++) {
                            ToolResult r = results.results().get(j);
                            Slot slot = new Slot(o, j, orig.results().get(j), r, counter.count(r.text()) + MESSAGE_OVERHEAD);
                            l.slots.add(slot);
                            tokens += slot.tokens;
                            if (l.firstMarker == Integer.MAX_VALUE && Marker.containsMarker(r.text())) {
                                l.firstMarker = o;
                            }
                        }
                    } else {
                        tokens = tokens(counter, sent);
                        if (sent instanceof Message.Assistant a) {
                            for (ToolCall c : a.toolCalls()) {
                                String handle = c.isRetrieve() ? RetrieveCall.handleOf(c.arguments()) : null;
                                if (handle != null) {
                                    l.retrieveCalls.putIfAbsent(handle.trim(), o);
                                }
                            }
                        }
                    }
                    l.prefix[o + 1] = l.prefix[o] + tokens;
                }
            }
            if (o != out.size()) {
                return null;
            }
            l.points.add(out.size());
            return l;
        }

        /** Whether the model had retrieved {@code s} (or it is a retrieve answer) before {@code point}. */
        boolean retrievedBefore(Slot s, int point, ContextBudget budget) {
            if (s.retrieveAnswer) {
                return s.out < point;
            }
            if (retrieveCalls.isEmpty()) {
                return false;
            }
            if (!s.retrievedKnown) {
                s.retrievedKnown = true;
                List<String> handles = new ArrayList<>();
                for (Marker m : Marker.findAll(s.sent.text())) {
                    handles.add(m.handle());
                }
                StubMemo.Facts f = budget.facts(s);
                if (f.stub() != null) {
                    handles.add(f.stub().handle());
                }
                for (String h : handles) {
                    Integer at = retrieveCalls.get(h);
                    if (at != null && at > s.out) {
                        s.retrievedAt = Math.min(s.retrievedAt, at);
                    }
                }
            }
            return s.retrievedAt < point;
        }

        /** Tokens of a message other than tool results (those are counted per result). */
        private static int tokens(TextTokens counter, Message m) {
            int n = MESSAGE_OVERHEAD + counter.count(m.text());
            if (m instanceof Message.Assistant a) {
                for (ToolCall c : a.toolCalls()) {
                    n += counter.count(c.name()) + counter.count(c.arguments()) + MESSAGE_OVERHEAD;
                }
            }
            return n;
        }
    }
}
