package dev.headroom.tokens;

import java.util.Locale;

/** The byte-pair encodings Headroom counts tokens with. */
public enum Tokenizer {
    /** GPT-4o, GPT-4.1, GPT-5 and the o-series. The default. */
    O200K_BASE("o200k_base"),
    /** GPT-4 and GPT-3.5. */
    CL100K_BASE("cl100k_base");

    private final String id;

    Tokenizer(String id) {
        this.id = id;
    }

    /** The encoding's canonical name, for example {@code o200k_base}. */
    public String id() {
        return id;
    }

    /**
     * Parses a name such as {@code o200k_base} or {@code CL100K_BASE}.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is unknown
     */
    public static Tokenizer fromId(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Tokenizer t : values()) {
            if (t.id.equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown tokenizer '" + name + "'; expected one of o200k_base, cl100k_base");
    }
}
