package dev.headroom.spring.ai.autoconfigure;

import dev.headroom.Headroom;
import dev.headroom.HeadroomStats;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.ToolResultCompressor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The Actuator endpoint {@code /actuator/headroom}: the engine's counters and settings. Counts mean
 * what the metrics of the same names mean (see {@link HeadroomMetrics}): each distinct tool result
 * once, resends under {@code toolResultsResent}.
 */
@Endpoint(id = "headroom")
public class HeadroomEndpoint {

    private final Headroom headroom;
    private final ToolResultCompressor compressor;
    private final ConversationPolicy policy;

    public HeadroomEndpoint(Headroom headroom) {
        this(headroom, null, null);
    }

    /** Also reports {@code toolResultsResent} from {@code compressor} when not null. */
    public HeadroomEndpoint(Headroom headroom, ToolResultCompressor compressor) {
        this(headroom, compressor, null);
    }

    /** Also reports the conversation counters of {@code policy} when not null. */
    public HeadroomEndpoint(Headroom headroom, ToolResultCompressor compressor, ConversationPolicy policy) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
        this.compressor = compressor;
        this.policy = policy;
    }

    /** Counters since start, token savings, tokenizer and store. */
    @ReadOperation
    public Map<String, Object> stats() {
        HeadroomStats s = headroom.stats();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", s.calls());
        out.put("compressions", s.compressions());
        out.put("passThroughs", s.passThroughs());
        out.put("failures", s.failures());
        out.put("timeouts", s.timeouts());
        out.put("tokensBefore", s.tokensBefore());
        out.put("tokensAfter", s.tokensAfter());
        out.put("tokensSaved", s.tokensSaved());
        out.put("savings", s.savings());
        out.put("retrievals", s.retrievals());
        out.put("retrievalMisses", s.retrievalMisses());
        if (compressor != null) {
            out.put("toolResultsResent", compressor.resends());
        }
        if (policy != null) {
            ConversationStats c = policy.stats();
            out.put("modelCalls", c.modelCalls());
            out.put("retrieveCallsAnswered", c.retrieveCalls());
            out.put("replays", c.replays());
            out.put("replaysMissing", c.replaysMissing());
            out.put("historiesRebuilt", c.historiesRebuilt());
            out.put("retrieveToolOffer", policy.retrieveToolOffer().name());
        }
        out.put("tokenizer", headroom.tokenCounter().tokenizer().id());
        out.put("minTokens", headroom.config().minTokens());
        out.put("timeBudgetMillis", headroom.config().timeBudget().toMillis());
        out.put("maxConcurrentCompressions", headroom.config().maxConcurrentCompressions());
        out.put("maxInputChars", headroom.config().maxInputChars());
        out.put("store", headroom.config().store().name());
        return out;
    }
}
