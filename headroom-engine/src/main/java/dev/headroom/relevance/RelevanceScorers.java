package dev.headroom.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds relevance scorers by id among the providers on the classpath. */
public final class RelevanceScorers {

    /** The id meaning "no scorer: lexical signals only", the default. */
    public static final String LEXICAL = "lexical";

    private RelevanceScorers() {}

    /**
     * The scorer for {@code id}: empty for {@value #LEXICAL} (or blank), a new scorer from the
     * provider with that id otherwise.
     *
     * @throws IllegalArgumentException when no provider has that id, naming the ids there are
     */
    public static Optional<RelevanceScorer> forId(String id) {
        if (id == null || id.isBlank() || LEXICAL.equalsIgnoreCase(id.strip())) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>();
        for (RelevanceScorerProvider provider : ServiceLoader.load(RelevanceScorerProvider.class, RelevanceScorers.class.getClassLoader())) {
            if (provider.id().equalsIgnoreCase(wanted)) {
                return Optional.of(provider.create());
            }
            known.add(provider.id());
        }
        throw new IllegalArgumentException("no relevance scorer '" + id.strip() + "' on the classpath; available: "
                + LEXICAL + (known.isEmpty() ? "" : ", " + String.join(", ", known))
                + (wanted.equals("onnx") ? " (add the dev.headroom:headroom-onnx dependency)" : ""));
    }
}
