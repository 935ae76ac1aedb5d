package dev.headroom.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The time {@link HeadroomChatModel} adds to a call when there is nothing to compress: a
 * conversation of {@code turns} tool round trips whose results are all below the threshold, sent to a
 * model that answers instantly, in steady state (every message was seen by an earlier call). Overhead = {@code decorated} minus {@code direct}; goal: at most 50 µs.
 * Three forks of ten 1-second iterations each: on a shared machine one fork's error bars say little.
 *
 * <p>Run from the repository root (about 7 minutes):
 * <pre>
 * ./mvnw -q -B -pl langchain4j-headroom -am -Poverhead-benchmark test-compile exec:exec
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class DecoratorOverheadBenchmark {

    @Param({"1", "10"})
    public int turns;

    /**
     * {@code same}: the message objects are resent, as AiServices with an in-memory chat memory does;
     * {@code fresh}: every call gets new, equal messages, as from a persistent memory store (the copy is
     * made in both benchmarks, so it cancels out of the difference).
     */
    @Param({"same", "fresh"})
    public String memory;

    private ChatModel direct;
    private ChatModel decorated;
    private ChatRequest request;

    /** A model that answers instantly, so only the caller-side work is measured. */
    static final class InstantModel implements ChatModel {
        private final ChatResponse answer = ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();

        @Override
        public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
            return answer;
        }
    }

    @Setup
    public void setUp() {
        direct = new InstantModel();
        decorated = HeadroomChatModel.wrap(direct);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from("You are a support agent for an online shop. Answer briefly."));
        for (int t = 0; t < turns; t++) {
            messages.add(UserMessage.from("What is the status of order " + (1000 + t) + "?"));
            messages.add(AiMessage.from(Conversations.call("call_" + t, "orderStatus", "{\"orderId\":" + (1000 + t) + "}")));
            messages.add(ToolExecutionResultMessage.from("call_" + t, "orderStatus",
                    "{\"id\":" + (1000 + t) + ",\"status\":\"SHIPPED\",\"carrier\":\"DHL\",\"eta\":\"2026-11-27\",\"items\":3}"));
            messages.add(AiMessage.from("Order " + (1000 + t) + " has shipped with DHL and arrives on 27 November."));
        }
        messages.add(UserMessage.from("Thanks. Anything else open?"));
        request = ChatRequest.builder().messages(messages).build();
    }

    @Benchmark
    public ChatResponse direct() {
        return direct.chat(request());
    }

    @Benchmark
    public ChatResponse decorated() {
        return decorated.chat(request());
    }

    private ChatRequest request() {
        if (memory.equals("same")) {
            return request;
        }
        List<ChatMessage> copy = new ArrayList<>(request.messages().size());
        for (ChatMessage m : request.messages()) {
            copy.add(m instanceof ToolExecutionResultMessage t
                    ? ToolExecutionResultMessage.from(t.id(), t.toolName(), new String(t.text().toCharArray()))
                    : m instanceof UserMessage u ? UserMessage.from(new String(u.singleText().toCharArray())) : m);
        }
        return ChatRequest.builder().messages(copy).build();
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(DecoratorOverheadBenchmark.class.getName()).build()).run();
    }
}
