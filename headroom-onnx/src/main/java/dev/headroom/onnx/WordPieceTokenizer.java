package dev.headroom.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pure-Java tokenizer for BERT-family HuggingFace {@code tokenizer.json} files (BertNormalizer,
 * BertPreTokenizer, WordPiece, a {@code [CLS] … [SEP]} template); immutable and thread-safe.
 *
 * <p>Added tokens that the file marks as not normalised (the special tokens, such as {@code [SEP]})
 * are recognised in the raw text, as the reference implementation does; other added tokens are
 * ignored.
 */
public final class WordPieceTokenizer {

    /** The truncation length used when none is given, special tokens included. */
    public static final int DEFAULT_MAX_LENGTH = 128;

    private final BertNormalizer normalizer;
    private final Map<String, Integer> vocab;
    private final String subwordPrefix;
    private final int maxInputCharsPerWord;
    private final int unkId;
    private final int[] leading;
    private final int[] trailing;
    private final List<Map.Entry<String, Integer>> rawAddedTokens;

    private WordPieceTokenizer(BertNormalizer normalizer, Map<String, Integer> vocab, String subwordPrefix,
            int maxInputCharsPerWord, int unkId, int[] leading, int[] trailing,
            List<Map.Entry<String, Integer>> rawAddedTokens) {
        this.normalizer = normalizer;
        this.vocab = vocab;
        this.subwordPrefix = subwordPrefix;
        this.maxInputCharsPerWord = maxInputCharsPerWord;
        this.unkId = unkId;
        this.leading = leading;
        this.trailing = trailing;
        this.rawAddedTokens = rawAddedTokens;
    }

    /**
     * Reads a {@code tokenizer.json} file.
     *
     * @throws IllegalArgumentException when the file is not a BERT-family WordPiece tokenizer
     * @throws UncheckedIOException when it cannot be read
     */
    public static WordPieceTokenizer fromPath(Path tokenizerJson) {
        try (InputStream in = Files.newInputStream(tokenizerJson)) {
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer " + tokenizerJson, e);
        }
    }

    /**
     * Reads the content of a {@code tokenizer.json} file; the stream is not closed.
     *
     * @throws IllegalArgumentException when it is not a BERT-family WordPiece tokenizer
     * @throws UncheckedIOException when it cannot be read
     */
    public static WordPieceTokenizer fromJson(InputStream tokenizerJson) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(tokenizerJson);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer.json", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("tokenizer.json: not a JSON object");
        }
        JsonNode model = root.path("model");
        String modelType = model.path("type").asText("");
        if (!"WordPiece".equals(modelType)) {
            throw new IllegalArgumentException("tokenizer.json: model type '" + modelType
                    + "' is not supported (only WordPiece, the BERT family)");
        }
        JsonNode vocabNode = model.path("vocab");
        if (!vocabNode.isObject() || vocabNode.isEmpty()) {
            throw new IllegalArgumentException("tokenizer.json: the WordPiece model has no vocab");
        }
        Map<String, Integer> vocab = new HashMap<>(vocabNode.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        String unk = model.path("unk_token").asText("[UNK]");
        Integer unkId = vocab.get(unk);
        if (unkId == null) {
            throw new IllegalArgumentException("tokenizer.json: unknown token '" + unk + "' is not in the vocab");
        }
        String prefix = model.path("continuing_subword_prefix").asText("##");
        int maxChars = model.path("max_input_chars_per_word").asInt(100);

        BertNormalizer normalizer = normalizer(root.path("normalizer"));
        JsonNode pre = root.path("pre_tokenizer");
        String preType = pre.path("type").asText("");
        if (!"BertPreTokenizer".equals(preType)) {
            throw new IllegalArgumentException("tokenizer.json: pre_tokenizer '" + preType
                    + "' is not supported (only BertPreTokenizer)");
        }
        int[][] template = template(root.path("post_processor"), vocab);

        List<Map.Entry<String, Integer>> added = new ArrayList<>();
        for (JsonNode t : root.path("added_tokens")) {
            if (!t.path("normalized").asBoolean(true) && !t.path("content").asText("").isEmpty()) {
                added.add(Map.entry(t.path("content").asText(), t.path("id").asInt()));
            }
        }
        // longest first, so that the longest token matching at a position wins
        added.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed());
        return new WordPieceTokenizer(normalizer, vocab, prefix, maxChars, unkId, template[0], template[1], List.copyOf(added));
    }

    private static BertNormalizer normalizer(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return new BertNormalizer(false, false, false, false);
        }
        String type = n.path("type").asText("");
        if (!"BertNormalizer".equals(type)) {
            throw new IllegalArgumentException("tokenizer.json: normalizer '" + type
                    + "' is not supported (only BertNormalizer)");
        }
        boolean lowercase = n.path("lowercase").asBoolean(true);
        JsonNode strip = n.path("strip_accents");
        boolean stripAccents = strip.isBoolean() ? strip.asBoolean() : lowercase; // null: follow lowercase
        return new BertNormalizer(n.path("clean_text").asBoolean(true), n.path("handle_chinese_chars").asBoolean(true),
                stripAccents, lowercase);
    }

    /** The ids before and after the sequence, from a TemplateProcessing or BertProcessing post-processor. */
    private static int[][] template(JsonNode post, Map<String, Integer> vocab) {
        if (post.isMissingNode() || post.isNull()) {
            return new int[][] {new int[0], new int[0]};
        }
        String type = post.path("type").asText("");
        if ("BertProcessing".equals(type)) {
            return new int[][] {new int[] {post.path("cls").path(1).asInt()}, new int[] {post.path("sep").path(1).asInt()}};
        }
        if (!"TemplateProcessing".equals(type)) {
            throw new IllegalArgumentException("tokenizer.json: post_processor '" + type
                    + "' is not supported (only TemplateProcessing and BertProcessing)");
        }
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        boolean seenSequence = false;
        for (JsonNode piece : post.path("single")) {
            if (piece.has("Sequence")) {
                seenSequence = true;
                continue;
            }
            String id = piece.path("SpecialToken").path("id").asText(null);
            if (id == null) {
                throw new IllegalArgumentException("tokenizer.json: unsupported template piece " + piece);
            }
            JsonNode ids = post.path("special_tokens").path(id).path("ids");
            List<Integer> target = seenSequence ? after : before;
            if (ids.isArray() && !ids.isEmpty()) {
                ids.forEach(i -> target.add(i.asInt()));
            } else if (vocab.containsKey(id)) {
                target.add(vocab.get(id));
            } else {
                throw new IllegalArgumentException("tokenizer.json: template token '" + id + "' has no id");
            }
        }
        if (!seenSequence) {
            throw new IllegalArgumentException("tokenizer.json: the single-sequence template has no sequence");
        }
        return new int[][] {toArray(before), toArray(after)};
    }

    /** The ids of {@code text}, with the template's special tokens, truncated to {@value #DEFAULT_MAX_LENGTH}. */
    public int[] encode(String text) {
        return encode(text, DEFAULT_MAX_LENGTH);
    }

    /**
     * The ids of {@code text} with the template's special tokens, at most {@code maxLength} of them
     * (the text's tokens are truncated at the end; the special tokens are always kept).
     *
     * @throws IllegalArgumentException when {@code maxLength} leaves no room for a text token
     */
    public int[] encode(String text, int maxLength) {
        Objects.requireNonNull(text, "text");
        int room = maxLength - leading.length - trailing.length;
        if (room < 1) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room besides the "
                    + (leading.length + trailing.length) + " special tokens");
        }
        IntList out = new IntList(Math.min(room, text.length() / 3 + 4));
        for (int id : leading) {
            out.add(id);
        }
        int limit = leading.length + room;
        int start = 0;
        int i = 0;
        // split on the raw added tokens first; every stretch between them is normalised and tokenized
        while (i < text.length() && out.size() < limit) {
            Map.Entry<String, Integer> token = addedTokenAt(text, i);
            if (token == null) {
                i++;
                continue;
            }
            if (i > start) {
                tokenizeSegment(text.substring(start, i), out, limit);
            }
            if (out.size() < limit) {
                out.add(token.getValue());
            }
            i += token.getKey().length();
            start = i;
        }
        if (start < text.length() && out.size() < limit) {
            tokenizeSegment(text.substring(start), out, limit);
        }
        for (int id : trailing) {
            out.add(id);
        }
        return out.toArray();
    }

    private Map.Entry<String, Integer> addedTokenAt(String text, int i) {
        for (Map.Entry<String, Integer> t : rawAddedTokens) {
            if (text.startsWith(t.getKey(), i)) {
                return t;
            }
        }
        return null;
    }

    /** Normalises, splits into words on whitespace and punctuation, and adds each word's pieces. */
    private void tokenizeSegment(String raw, IntList out, int limit) {
        String s = normalizer.normalize(raw);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length() && out.size() < limit; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (BertNormalizer.isWhitespace(cp)) {
                flushWord(word, out, limit);
            } else if (isPunctuation(cp)) {
                flushWord(word, out, limit);
                word.appendCodePoint(cp);
                flushWord(word, out, limit);
            } else {
                word.appendCodePoint(cp);
            }
        }
        flushWord(word, out, limit);
    }

    private void flushWord(StringBuilder word, IntList out, int limit) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        int[] cps = w.codePoints().toArray();
        if (cps.length > maxInputCharsPerWord) {
            out.addBounded(unkId, limit);
            return;
        }
        // greedy longest match first; one unmatched remainder turns the whole word into the unknown token
        IntList pieces = new IntList(4);
        int start = 0;
        while (start < cps.length) {
            Integer id = null;
            int end = cps.length;
            while (end > start) {
                String sub = new String(cps, start, end - start);
                id = vocab.get(start > 0 ? subwordPrefix + sub : sub);
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                out.addBounded(unkId, limit);
                return;
            }
            pieces.add(id);
            start = end;
        }
        for (int k = 0; k < pieces.size(); k++) {
            out.addBounded(pieces.get(k), limit);
        }
    }

    /** Unicode punctuation (categories P*) and the ASCII symbols BERT also splits on. */
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A growable int array; avoids boxing on the per-token path. */
    private static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addBounded(int v, int limit) {
            if (n < limit) {
                add(v);
            }
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
