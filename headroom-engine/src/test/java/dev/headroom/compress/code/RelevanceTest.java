package dev.headroom.compress.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelevanceTest {

    @Test
    void should_split_identifiers_into_words() {
        assertThat(Relevance.words("parseHTTPHeader")).isEqualTo("parse http header");
        assertThat(Relevance.words("parse_header")).isEqualTo("parse header");
        assertThat(Relevance.words("ship")).isEqualTo("ship");
    }

    @Test
    void should_match_a_term_to_a_whole_name_or_one_of_its_words_only() {
        assertThat(Relevance.nameMatches("parseheader", "parse header", "header")).isTrue();
        assertThat(Relevance.nameMatches("ship", "ship", "ledger.ship")).isTrue();
        assertThat(Relevance.nameMatches("parse_lines", "parse lines", "line")).isFalse();
        assertThat(Relevance.nameMatches("shipment", "shipment", "ship")).isFalse();
    }

    @Test
    void should_find_terms_as_whole_words_only() {
        assertThat(Relevance.mentions("return total(lines);", "total")).isTrue();
        assertThat(Relevance.mentions("return subtotal(lines);", "total")).isFalse();
    }
}
