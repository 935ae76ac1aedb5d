package dev.headroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashingTest {

    @Test
    void should_give_distinct_fast_hashes_to_texts_that_differ_in_one_char_or_in_length() {
        // given: a JSON-like row and every one-char edit, every swap of neighbours, and every prefix
        String base = "{\"id\":1042,\"status\":\"PAID\",\"amount\":19.90,\"currency\":\"EUR\",\"sku\":\"A-77\"}";
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < base.length(); i++) {
            for (char c = ' '; c <= '~'; c++) {
                texts.add(base.substring(0, i) + c + base.substring(i + 1));
            }
            if (i + 1 < base.length()) {
                texts.add(base.substring(0, i) + base.charAt(i + 1) + base.charAt(i) + base.substring(i + 2));
            }
            texts.add(base.substring(0, i));
            texts.add(base + "\u0000".repeat(i));
        }

        // when
        Set<Long> hashes = new HashSet<>();
        texts.forEach(t -> hashes.add(Hashing.fast64(t)));

        // then
        assertThat(hashes).hasSameSizeAs(texts);
    }

    @Test
    void should_hash_equal_char_sequences_equally_whatever_their_type() {
        String text = "2026-11-24T09:03:53.523Z ERROR [payment-service] charge failed for order ORD-10187";
        assertThat(Hashing.fast64(new StringBuilder(text))).isEqualTo(Hashing.fast64(text));
        assertThat(Hashing.ContentKey.of(text)).isEqualTo(Hashing.ContentKey.of(new String(text.toCharArray())));
    }
}
