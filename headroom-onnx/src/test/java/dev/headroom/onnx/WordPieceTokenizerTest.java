package dev.headroom.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tokenizer behaviour on a tiny hand-written vocab, and the files it refuses. */
class WordPieceTokenizerTest {

    private static final String TINY = """
            {"added_tokens": [{"id": 3, "content": "[SEP]", "normalized": false}],
             "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
                            "strip_accents": null, "lowercase": true},
             "pre_tokenizer": {"type": "BertPreTokenizer"},
             "post_processor": {"type": "TemplateProcessing",
                                "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                                           {"Sequence": {"id": "A", "type_id": 0}},
                                           {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                                "special_tokens": {"[CLS]": {"ids": [2]}, "[SEP]": {"ids": [3]}}},
             "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                       "max_input_chars_per_word": 10,
                       "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "cafe": 4, "play": 5, "##ing": 6,
                                 "##s": 7, "!": 8, "東": 9, "京": 10, "x": 11}}}
            """;

    private static WordPieceTokenizer tiny() {
        return WordPieceTokenizer.fromJson(stream(TINY));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_lowercase_strip_accents_split_punctuation_and_pieces() {
        assertThat(tiny().encode("CAFÉ Playing plays!")).containsExactly(2, 4, 5, 6, 5, 7, 8, 3);
    }

    @Test
    void should_isolate_cjk_and_mark_unknown_and_overlong_words() {
        assertThat(tiny().encode("東京 zzz xxxxxxxxxxx")).containsExactly(2, 9, 10, 1, 1, 3);
    }

    @Test
    void should_recognise_raw_special_tokens_and_truncate_keeping_the_template() {
        assertThat(tiny().encode("cafe[SEP]cafe")).containsExactly(2, 4, 3, 4, 3);
        assertThat(tiny().encode("cafe cafe cafe cafe", 4)).containsExactly(2, 4, 4, 3);
        assertThat(tiny().encode("")).containsExactly(2, 3);
        assertThatThrownBy(() -> tiny().encode("cafe", 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_refuse_a_non_wordpiece_tokenizer() {
        String bpe = TINY.replace("\"type\": \"WordPiece\"", "\"type\": \"BPE\"");
        assertThatThrownBy(() -> WordPieceTokenizer.fromJson(stream(bpe)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model type 'BPE' is not supported");
        String metaspace = TINY.replace("\"BertPreTokenizer\"", "\"Metaspace\"");
        assertThatThrownBy(() -> WordPieceTokenizer.fromJson(stream(metaspace)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pre_tokenizer 'Metaspace'");
        assertThatThrownBy(() -> WordPieceTokenizer.fromJson(stream("[1, 2]"))).isInstanceOf(IllegalArgumentException.class);
    }
}
