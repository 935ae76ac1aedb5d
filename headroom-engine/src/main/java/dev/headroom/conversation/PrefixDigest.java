package dev.headroom.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 chain over a message sequence: after each message, {@code state = SHA-256(state ||
 * encoding(message))}, starting from the scope. Two sequences get the same digest only if they are
 * equal message by message in everything a model is sent (type, texts, tool calls and results, the
 * front end's extra detail) and belong to the same scope. Grows by appending, like the conversation it
 * follows. Not thread-safe.
 */
final class PrefixDigest {

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha;
    private final byte[] lengthBytes = new byte[4];
    private byte[] state;
    private int count;

    PrefixDigest(String scope) {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        field(scope);
        this.state = sha.digest();
    }

    /** The digest of {@code messages} in {@code scope}. */
    static PrefixDigest of(String scope, List<? extends Message> messages) {
        PrefixDigest d = new PrefixDigest(scope);
        d.catchUp(messages);
        return d;
    }

    /** Appends the messages of {@code sequence} this digest has not seen yet; {@code sequence} must extend what it saw. */
    void catchUp(List<? extends Message> sequence) {
        for (; count < sequence.size(); count++) {
            state = chain(sequence.get(count));
        }
    }

    /** The digest, as hex, of the sequence seen so far. */
    String key() {
        return HEX.formatHex(state);
    }

    /** The digest, as hex, of the sequence seen so far followed by {@code last}; this digest is unchanged. */
    String keyWith(Message last) {
        return HEX.formatHex(chain(last));
    }

    private byte[] chain(Message m) {
        sha.update(state);
        encode(m);
        return sha.digest();
    }

    private void encode(Message m) {
        if (m instanceof Message.System s) {
            tag('S');
            field(s.text());
        } else if (m instanceof Message.User u) {
            tag('U');
            field(u.text());
        } else if (m instanceof Message.Assistant a) {
            tag('A');
            field(a.text());
            length(a.toolCalls().size());
            for (ToolCall call : a.toolCalls()) {
                field(call.id());
                field(call.name());
                field(call.arguments());
            }
        } else if (m instanceof Message.ToolResults t) {
            tag('T');
            length(t.results().size());
            for (ToolResult r : t.results()) {
                field(r.id());
                field(r.toolName());
                field(r.text());
                tag(r.error() ? 'e' : 'o');
            }
        }
        field(m.extra());
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
