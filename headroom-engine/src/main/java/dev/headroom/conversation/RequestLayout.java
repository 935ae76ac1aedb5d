package dev.headroom.conversation;

import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A prepared request as the context budget reads it:
 * where each caller message starts among the messages sent, the tokens before each of them, the tool
 * results, the request points (where an assistant message of the caller starts: the requests the
 * history shows were made, and the end: this one), the first marker, and the handles retrieve calls
 * asked for. Tokens are the engine tokenizer's over what each message carries (texts, tool-call names
 * and arguments, tool definitions) plus {@value #MESSAGE_OVERHEAD} per message and per tool result:
 * within a few percent of a provider's count, and the same on every request.
 */
final class RequestLayout {

    /** Tokens counted per message and per tool result besides their text (role, ids, framing). */
    static final int MESSAGE_OVERHEAD = 4;

    final int size;
    final int[] outStart;
    final long[] prefix;
    long tools;
    final List<Slot> slots = new ArrayList<>();
    final List<Integer> points = new ArrayList<>();
    int firstMarker = Integer.MAX_VALUE;
    /** Handle -> out position of the first retrieve call asking for it. */
    final Map<String, Integer> retrieveCalls = new HashMap<>();

    private RequestLayout(int callerSize, int size) {
        this.size = size;
        this.outStart = new int[callerSize];
        this.prefix = new long[size + 1];
    }

    /** The layout of {@code plan} against {@code request}, or null when they do not line up (then nothing is decided). */
    static RequestLayout of(Conversation request, RequestPlan plan, TextTokens counter) {
        List<Message> in = request.messages();
        List<Message> out = plan.messages();
        RequestLayout l = new RequestLayout(in.size(), out.size());
        l.tools = toolTokens(request.tools(), counter);
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

    /** Tokens of the tool definitions. */
    private static long toolTokens(List<ToolDefinition> tools, TextTokens counter) {
        long n = 0;
        for (ToolDefinition t : tools) {
            n += counter.count(t.name()) + counter.count(t.description()) + counter.count(t.parametersJson()) + MESSAGE_OVERHEAD;
        }
        return n;
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
}
