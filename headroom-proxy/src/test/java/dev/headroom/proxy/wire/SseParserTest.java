package dev.headroom.proxy.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    @Test
    void should_split_events_across_arbitrary_chunks_and_keep_their_exact_bytes() {
        String stream = "event: message_start\r\ndata: {\"a\":1}\r\n\r\n: comment\ndata: x\ndata: y\n\ndata: [DONE]\n\n";
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();

        for (int i = 0; i < bytes.length; i += 3) {
            events.addAll(parser.feed(bytes, i, Math.min(3, bytes.length - i)));
        }

        assertThat(events).hasSize(3);
        assertThat(events.get(0).event()).isEqualTo("message_start");
        assertThat(events.get(0).data()).isEqualTo("{\"a\":1}");
        assertThat(events.get(1).event()).isNull();
        assertThat(events.get(1).data()).isEqualTo("x\ny");
        assertThat(events.get(2).data()).isEqualTo("[DONE]");
        StringBuilder joined = new StringBuilder();
        events.forEach(e -> joined.append(new String(e.raw(), StandardCharsets.UTF_8)));
        assertThat(joined.toString()).isEqualTo(stream);
        assertThat(parser.finish()).isNull();
    }
}
