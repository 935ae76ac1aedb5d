package dev.headroom.bench.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relevance question set ({@code questions.json} next to this class): the questions in file
 * order and the held-out inputs, whose questions were written last without checking them against
 * the engine.
 */
public record QuestionSet(List<Question> questions, Set<String> heldOut) {

    /** The resource the bench's set is read from. */
    public static final String RESOURCE = "questions.json";

    public QuestionSet {
        questions = List.copyOf(questions);
        heldOut = Set.copyOf(heldOut);
    }

    /** The set shipped with the bench. */
    public static QuestionSet load() {
        try (InputStream in = QuestionSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a set from its JSON form ({@code heldOut: [file...]}, {@code questions: [...]}). */
    public static QuestionSet parse(JsonNode root) {
        Set<String> heldOut = new HashSet<>();
        root.path("heldOut").forEach(n -> heldOut.add(n.asText()));
        List<Question> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode q : root.path("questions")) {
            Question question = new Question(q.path("id").asText(), q.path("file").asText(),
                    q.hasNonNull("step") ? q.get("step").asInt() : null,
                    q.hasNonNull("message") ? q.get("message").asInt() : null,
                    q.hasNonNull("grep") ? q.get("grep").asText() : null,
                    UnitKind.of(q.path("kind").asText()), q.path("question").asText(), q.path("answer").asText(),
                    q.path("noOverlap").asBoolean(false));
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException("duplicate question id " + question.id());
            }
            out.add(question);
        }
        return new QuestionSet(out, heldOut);
    }

    /** Whether {@code q} is on a held-out input (its file, or its exact input key, is listed). */
    public boolean isHeldOut(Question q) {
        return heldOut.contains(q.file()) || heldOut.contains(q.inputKey());
    }
}
