package dev.headroom.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 chain over a message sequence: after each message, {@code state = SHA-256(state ||
 * encoding(message))}. Two sequences get the same digest only if they are equal message by message
 * in what a model is sent: type, texts, names, tool calls and results, other contents (by their
 * {@code toString}) and attributes. Anything the encoding misses can only make equal sequences differ,
 * never unequal ones match. Grows by appending, like the conversation it follows. Not thread-safe.
 */
final class PrefixDigest {

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha;
    private final byte[] lengthBytes = new byte[4];
    private byte[] state = new byte[32];
    private int count;

    PrefixDigest() {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** The digest of {@code messages}. */
    static PrefixDigest of(List<? extends ChatMessage> messages) {
        PrefixDigest d = new PrefixDigest();
        d.catchUp(messages);
        return d;
    }

    /** Appends the messages of {@code sequence} this digest has not seen yet; {@code sequence} must extend what it saw. */
    void catchUp(List<? extends ChatMessage> sequence) {
        for (; count < sequence.size(); count++) {
            state = chain(sequence.get(count));
        }
    }

    /** The digest, as hex, of the sequence seen so far followed by {@code last}; this digest is unchanged. */
    String keyWith(ChatMessage last) {
        return HEX.formatHex(chain(last));
    }

    private byte[] chain(ChatMessage m) {
        sha.update(state);
        encode(m);
        return sha.digest();
    }

    private void encode(ChatMessage m) {
        if (m instanceof SystemMessage s) {
            tag('S');
            field(s.text());
        } else if (m instanceof UserMessage u) {
            tag('U');
            field(u.name());
            contents(u.contents());
            attributes(u.attributes());
        } else if (m instanceof AiMessage a) {
            tag('A');
            field(a.text());
            field(a.thinking());
            length(a.toolExecutionRequests().size());
            for (ToolExecutionRequest call : a.toolExecutionRequests()) {
                field(call.id());
                field(call.name());
                field(call.arguments());
            }
            field(String.valueOf(a.images()));
            attributes(a.attributes());
        } else if (m instanceof ToolExecutionResultMessage t) {
            tag('T');
            field(t.id());
            field(t.toolName());
            contents(t.contents());
            field(String.valueOf(t.isError()));
            attributes(t.attributes());
        } else {
            tag('X');
            field(m.getClass().getName());
            field(String.valueOf(m));
        }
    }

    private void contents(List<Content> contents) {
        length(contents.size());
        for (Content c : contents) {
            if (c instanceof TextContent t) {
                tag('t');
                field(t.text());
            } else {
                tag('c');
                field(c.getClass().getName());
                field(String.valueOf(c));
            }
        }
    }

    private void attributes(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            length(0);
            return;
        }
        length(attributes.size());
        for (Map.Entry<String, Object> e : new TreeMap<>(attributes).entrySet()) {
            field(e.getKey());
            field(String.valueOf(e.getValue()));
        }
    }

    private void tag(char c) {
        sha.update((byte) c);
    }

    private void field(String s) {
        if (s == null) {
            length(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        length(bytes.length);
        sha.update(bytes);
    }

    private void length(int n) {
        lengthBytes[0] = (byte) (n >>> 24);
        lengthBytes[1] = (byte) (n >>> 16);
        lengthBytes[2] = (byte) (n >>> 8);
        lengthBytes[3] = (byte) n;
        sha.update(lengthBytes);
    }
}
