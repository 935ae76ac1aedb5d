package dev.headroom.conversation;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Outcome;
import dev.headroom.ccr.Marker;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares a caller's request: tool results compressed through the memo (so resent results are
 * byte-identical), remembered exchanges replayed where the history matches, and the tools decided.
 * System, user and assistant messages are never changed, and neither is any tool definition.
 * Thread-safe.
 */
final class RequestRewriter {

    private static final System.Logger LOG = System.getLogger(RequestRewriter.class.getName());

    private final ToolResultCompressor compressor;
    private final ExchangeReplay replay;
    private final RetrieveToolOffer offer;

    /**
     * What losing the cached prefix costs, in full-price tokens per prefix token: Anthropic writes it
     * again at 1.25x instead of reading it at 0.1x (OpenAI's 0.9 is below this).
     */
    static final double BREAK_COST_FACTOR = 1.2;
    /** The price of a cached token, as a share of full price (both providers bill about a tenth). */
    static final double CACHED_PRICE = 0.1;
    /** Later requests counted on at most, however long the conversation was so far. */
    static final int MAX_EXPECTED_TURNS = 50;
    /** Per origin object (weakly): what its tool results became, or whether its text carries a marker. */
    private final IdentityMemo<Object, Rewritten> seen = new IdentityMemo<>();

    RequestRewriter(ToolResultCompressor compressor, ExchangeReplay replay, RetrieveToolOffer offer) {
        this.compressor = compressor;
        this.replay = replay;
        this.offer = offer;
    }

    Prepared prepare(Conversation request, String scope) {
        List<Message> in = request.messages();
        CompressionHints hints = new CompressionHints(null, request.lastUserText(), null, scope);
        boolean tracking = replay.active();
        long chain = tracking ? FastChain.start(scope) : 0;
        PrefixDigest digest = null;
        List<Message> out = new ArrayList<>(in.size() + 4);
        List<Edit> edits = new ArrayList<>(2);
        boolean marker = false;
        boolean failed = false;
        int toolResults = 0;
        int compressed = 0;
        int memoResults = 0;
        int replays = 0;
        int missing = 0;
        int rebuilt = 0;
        long before = 0;
        long after = 0;
        long retrieved = 0;
        long prefixChars = 0;
        int turns = 0;
        for (int i = 0; i < in.size(); i++) {
            Message msg = in.get(i);
            if (tracking) {
                if (msg instanceof Message.Assistant a && replay.mayReplace(chain, a)) {
                    if (digest == null) {
                        digest = new PrefixDigest(scope);
                    }
                    digest.catchUp(out);
                    ExchangeReplay.Replacement r = replay.replacement(digest, a);
                    if (r.entry() != null) {
                        List<Message> sent = r.entry().messages();
                        out.addAll(sent);
                        edits.add(new Edit.Replay(i, sent));
                        retrieved += r.entry().retrievedTokens();
                        marker |= r.entry().marker();
                        replays++;
                        chain = FastChain.over(chain, sent, 0);
                        continue;
                    }
                    missing += r.missing() ? 1 : 0;
                } else if (replay.isExchangePrefix(chain) && !replay.isKnownContinuation(chain, msg)) {
                    rebuilt++;
                }
            }
            // a marker before any is offered changes the tools, and the cached prefix is paid again
            long breakCost = marker || offer == RetrieveToolOffer.FROM_FIRST_REQUEST ? 0 : prefixChars / 4;
            Rewritten r = rewrite(msg, hints, breakCost, turns);
            Message sent = msg;
            if (r.results() > 0 || r.failed()) {
                toolResults += r.results();
                memoResults += r.results();
                compressed += r.compressed();
                before += r.tokensBefore();
                after += r.tokensAfter();
                failed |= r.failed();
            }
            if (r.texts() != null) {
                sent = apply((Message.ToolResults) msg, r.texts());
                for (int j = 0; j < r.texts().length; j++) {
                    if (r.texts()[j] != null) {
                        edits.add(new Edit.ToolResultText(i, j, r.texts()[j]));
                    }
                }
            }
            marker |= r.marker();
            out.add(sent);
            prefixChars += sent.text() == null ? 0 : sent.text().length();
            turns += msg instanceof Message.Assistant ? 1 : 0;
            if (tracking) {
                chain = FastChain.next(chain, sent);
            }
        }
        List<ToolDefinition> tools = tools(request, marker);
        RequestPlan plan = new RequestPlan(out, tools, !tools.equals(request.tools()), edits, List.of(), marker, 0);
        return new Prepared(plan, scope, chain, tracking, toolResults, compressed, before, after, retrieved, failed,
                replays, missing, rebuilt, memoResults);
    }

    /** The caller's tools without any retrieve tool of its own, then the retrieve tool if it is offered. */
    private List<ToolDefinition> tools(Conversation request, boolean marker) {
        List<ToolDefinition> callers = request.tools();
        boolean declared = request.declaresRetrieve();
        boolean offered = marker || (offer == RetrieveToolOffer.FROM_FIRST_REQUEST && !callers.isEmpty());
        if (!declared && !offered) {
            return callers;
        }
        List<ToolDefinition> out = new ArrayList<>(callers.size() + 1);
        for (ToolDefinition t : callers) {
            if (!t.isRetrieve()) {
                out.add(t);
            }
        }
        if (offered) {
            out.add(ToolDefinition.RETRIEVE);
        }
        return out;
    }

    /**
     * What one caller message becomes. Tool results above the threshold are remembered per origin
     * object (weakly: chat memory that resends the same objects skips hashing and scanning); below the
     * threshold the memo finds them by their text, which is cheaper than a weak reference per result
     * of a persistent chat memory. Other messages go out as they are.
     */
    private Rewritten rewrite(Message msg, CompressionHints hints, long breakCost, int turns) {
        Object origin = msg.origin();
        if (msg instanceof Message.ToolResults results) {
            Rewritten known = origin == null ? null : seen.get(origin);
            if (known != null) {
                compressor.countResends(known.results()); // the memo was not asked, but these are resends
                return known;
            }
            Rewritten r = compress(results, hints, breakCost, turns);
            if (origin != null && r.rememberable()) {
                seen.put(origin, r);
            }
            return r;
        }
        // system, user and assistant text never makes the retrieve tool appear: a marker there is a
        // quote (the markers Headroom sends are in tool results and replayed exchanges)
        return Rewritten.UNMARKED;
    }

    /**
     * Compresses each plain-text result through the memo. While no marker has been sent (and the
     * retrieve tool is offered only after one), the first marker would change the tools and make the
     * provider bill the whole cached prefix again: a result is then sent compressed only if what it
     * saves, now at full price and on as many later requests as there were turns so far at the cached
     * price, exceeds what that prefix costs ({@link #BREAK_COST_FACTOR} times its tokens, estimated
     * from its characters); else it is sent as it is. The decision depends only on the result and what
     * came before it, so a resent history makes it again, the same way.
     */
    private Rewritten compress(Message.ToolResults message, CompressionHints hints, long breakCost, int turns) {
        List<ToolResult> results = message.results();
        String[] texts = null;
        boolean marker = false;
        boolean failed = false;
        boolean rememberable = true;
        int counted = 0;
        int compressed = 0;
        long before = 0;
        long after = 0;
        for (int j = 0; j < results.size(); j++) {
            ToolResult r = results.get(j);
            String text = r.text();
            if (!r.plainText() || text.isEmpty() || Marker.containsMarker(text)) {
                // not ours to replace, or compressed where it was produced; a marker counts only if it
                // is one this engine emitted (a tool output may merely quote marker-like text)
                marker |= emittedMarker(text);
                continue;
            }
            try {
                CompressionResult c = compressor.compress(r.toolName(), text, hints.withToolName(r.toolName()));
                counted++;
                before += c.tokensBefore();
                after += c.tokensAfter();
                failed |= c.outcome() == Outcome.FAILED_OPEN;
                rememberable &= c.outcome() == Outcome.COMPRESSED || c.outcome() == Outcome.NOT_SMALLER
                        || c.outcome() == Outcome.TOO_LARGE;
                boolean marks = c.compressed() && Marker.containsMarker(c.text());
                double saving = c.tokensSaved() * (1 + CACHED_PRICE * Math.min(turns, MAX_EXPECTED_TURNS));
                if (marks && !marker && saving < BREAK_COST_FACTOR * breakCost) {
                    after += c.tokensBefore() - c.tokensAfter(); // sent as it is
                    continue;
                }
                if (c.compressed()) {
                    texts = texts == null ? new String[results.size()] : texts;
                    texts[j] = c.text();
                    compressed++;
                    marker |= marks;
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "headroom: compressing the result of tool ''{0}'' failed; sending it unchanged: {1}",
                        r.toolName(), e.toString());
                failed = true;
                rememberable = false;
            }
        }
        return new Rewritten(texts, marker, counted, compressed, before, after, failed, rememberable && !failed);
    }

    private boolean emittedMarker(String text) {
        for (Marker m : Marker.findAll(text)) {
            if (compressor.emitted(m.handle())) {
                return true;
            }
        }
        return false;
    }

    private static Message.ToolResults apply(Message.ToolResults message, String[] texts) {
        List<ToolResult> sent = new ArrayList<>(texts.length);
        for (int j = 0; j < texts.length; j++) {
            ToolResult r = message.results().get(j);
            sent.add(texts[j] == null ? r : r.withText(texts[j]));
        }
        return new Message.ToolResults(sent, message.extra(), null);
    }

    /**
     * What one caller message becomes: {@code texts} holds the new text per tool result (null entries
     * and a null array mean unchanged). Never references the message itself, which would keep its
     * weak key alive.
     */
    private record Rewritten(String[] texts, boolean marker, int results, int compressed, long tokensBefore,
            long tokensAfter, boolean failed, boolean rememberable) {

        static final Rewritten UNMARKED = new Rewritten(null, false, 0, 0, 0, 0, false, false);
    }
}
