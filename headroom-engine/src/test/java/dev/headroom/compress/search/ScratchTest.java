package dev.headroom.compress.search;

import dev.headroom.CompressionHints;
import dev.headroom.compress.RealSources;
import dev.headroom.Headroom;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() {
        var src = RealSources.sources();
        String in = GrepFixture.grep(src, Pattern.compile("\\breturn\\b"), 0, 800);
        Headroom h = Headroom.builder().store(InMemoryStore.create()).build();
        System.out.println("=====Q\n" + h.compress(in, CompressionHints.query("where does the deserializer return null for an empty string?").withKind(ContentKind.SEARCH)).text());
        System.out.println("=====NOQ\n" + h.compress(in, CompressionHints.NONE.withKind(ContentKind.SEARCH)).text());
        String hd = GrepFixture.rgHeading(src, Pattern.compile("\\breturn\\b"), 700);
        System.out.println("=====HEAD\n" + h.compress(hd, CompressionHints.NONE.withKind(ContentKind.SEARCH)).text());
    }
}
