package dev.headroom.examples.langchain4j;

import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFFLINE STAND-IN, not a language model: a scripted {@link ChatModel} that plays the agent's part
 * deterministically so the example runs without an API key. It reads what it is sent like a model
 * would: it looks for the failed order in the (compressed) orders listing, searches the logs for
 * it, and calls {@code headroom_retrieve} when the evidence it needs was elided behind a marker.
 */
final class ScriptedModel implements ChatModel {

    private static final Pattern ORDER = Pattern.compile("ORD-\\d{5}");

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return ChatResponse.builder().aiMessage(next(request.messages())).build();
    }

    private AiMessage next(List<ChatMessage> messages) {
        int user = lastUser(messages);
        String question = ((UserMessage) messages.get(user)).singleText().toLowerCase(Locale.ROOT);
        List<ToolExecutionResultMessage> results = new ArrayList<>();
        for (ChatMessage m : messages.subList(user + 1, messages.size())) {
            if (m instanceof ToolExecutionResultMessage t) {
                results.add(t);
            }
        }
        int n = messages.size();
        if (question.contains("refund")) {
            String order = lastOrderMentioned(messages.subList(0, user));
            if (results.isEmpty()) {
                return call(n, "refundOrder", "{\"orderId\":\"" + order + "\"}");
            }
            String text = results.get(results.size() - 1).text();
            return AiMessage.from("Done: order " + order + " was refunded in full (" + (text.contains("SUCCEEDED") ? "status SUCCEEDED" : text) + ").");
        }
        if (results.isEmpty()) {
            return call(n, "listOrders", "{}");
        }
        ToolExecutionResultMessage last = results.get(results.size() - 1);
        String order = failedOrder(results);
        boolean searched = results.stream().anyMatch(r -> r.toolName().equals("searchLogs"));
        if (order == null) {
            String handle = handle(last.text());
            return handle == null || last.toolName().equals(RetrieveTool.NAME)
                    ? AiMessage.from("I found no order with a failed payment today.")
                    : retrieve(n, handle, "FAILED");
        }
        if (!searched) {
            return call(n, "searchLogs", "{\"query\":\"" + order + "\"}");
        }
        if (last.toolName().equals("searchLogs") && errorLine(last.text(), order) == null && handle(last.text()) != null) {
            return retrieve(n, handle(last.text()), order.substring(4) + " error");
        }
        if (last.toolName().equals("searchLogs") && handle(last.text()) != null) {
            // the error is visible inline; still fetch every line about this order to see its full history
            return retrieve(n, handle(last.text()), order.substring(4));
        }
        String error = errorLine(last.text(), order);
        return AiMessage.from("Order " + order + " is the one whose payment failed (status FAILED, fulfilment ON_HOLD). "
                + (error == null ? "The logs show no error line for it." : "The payment service logged:\n    " + error.strip()));
    }

    private static AiMessage call(int n, String tool, String arguments) {
        return AiMessage.from(ToolExecutionRequest.builder().id("call_" + n).name(tool).arguments(arguments).build());
    }

    private static AiMessage retrieve(int n, String handle, String query) {
        return call(n, RetrieveTool.NAME, "{\"handle\":\"" + handle + "\",\"query\":\"" + query + "\"}");
    }

    private static String handle(String text) {
        List<Marker> markers = Marker.findAll(text);
        return markers.isEmpty() ? null : markers.get(0).handle();
    }

    /** The order whose record says FAILED: the last order id before the first FAILED. */
    private static String failedOrder(List<ToolExecutionResultMessage> results) {
        for (ToolExecutionResultMessage r : results) {
            String text = r.text();
            int failed = text.indexOf("FAILED");
            if (failed < 0 || r.toolName().equals("searchLogs")) {
                continue;
            }
            String found = null;
            Matcher m = ORDER.matcher(text);
            while (m.find() && m.start() < failed) {
                found = m.group();
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String errorLine(String text, String order) {
        return text.lines().filter(l -> l.contains("ERROR") && l.contains(order)).findFirst().orElse(null);
    }

    private static String lastOrderMentioned(List<ChatMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof AiMessage ai && ai.text() != null) {
                Matcher m = ORDER.matcher(ai.text());
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return "unknown";
    }

    private static int lastUser(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage) {
                return i;
            }
        }
        throw new IllegalStateException("no user message");
    }
}
