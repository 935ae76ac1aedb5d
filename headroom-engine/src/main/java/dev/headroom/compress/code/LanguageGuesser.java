package dev.headroom.compress.code;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap guess of a source file's language from tell-tale lines in its head, for when the
 * detector did not name one. Returns an empty string when no language stands out.
 */
final class LanguageGuesser {

    static final int SAMPLE_CHARS = 16_000;

    private record Clue(String language, Pattern pattern, int weight) {}

    private static final Clue[] CLUES = {
        new Clue("java", Pattern.compile("(?m)^package [a-z][\\w.]*;\\s*$"), 5),
        new Clue("java", Pattern.compile("(?m)^import (static )?[a-z][\\w.]*(\\.\\*)?;\\s*$"), 3),
        new Clue("java", Pattern.compile("\\b(public|private|protected) (static )?(final )?(class|interface|enum|record|void|[A-Z]\\w*(<[^>]*>)?) \\w+"), 2),
        new Clue("python", Pattern.compile("(?m)^\\s*def \\w+\\(.*\\)( -> [^:]+)?:\\s*$"), 3),
        new Clue("python", Pattern.compile("(?m)^(from [\\w.]+ import |import [\\w.]+(, [\\w.]+)*\\s*$)"), 3),
        new Clue("python", Pattern.compile("(?m)^\\s*(class \\w+(\\(.*\\))?:|if __name__ == )"), 3),
        new Clue("go", Pattern.compile("(?m)^package \\w+\\s*$"), 5),
        new Clue("go", Pattern.compile("(?m)^func (\\([^)]*\\) )?\\w+\\("), 4),
        new Clue("rust", Pattern.compile("(?m)^\\s*(pub(\\([^)]*\\))? )?(async )?fn \\w+"), 4),
        new Clue("rust", Pattern.compile("(?m)^\\s*(use [\\w:{}, *]+;|impl\\b|let mut )"), 3),
        new Clue("c", Pattern.compile("(?m)^#\\s*(include|define|ifndef|ifdef)\\b"), 3),
        new Clue("cpp", Pattern.compile("(?m)^\\s*(namespace \\w+|template\\s*<|class \\w+\\s*(:|\\{)|using namespace )|std::"), 4),
        new Clue("javascript", Pattern.compile("(?m)^\\s*(export )?(async )?function\\*? ?\\w*\\s*\\("), 3),
        new Clue("javascript", Pattern.compile("(?m)^\\s*(const|let|var) \\w+ = (require\\(|async |\\(|function)"), 3),
        new Clue("javascript", Pattern.compile("(?m)^(import .* from ['\"]|module\\.exports|export (default|const|class) )"), 3),
        new Clue("typescript", Pattern.compile("(?m)^\\s*(export )?(interface|type) \\w+(<[^>]*>)? (=|\\{|extends)"), 4),
        new Clue("typescript", Pattern.compile("\\w\\??: (string|number|boolean|void|any|unknown)\\b"), 3),
    };

    private LanguageGuesser() {}

    /** The language id the head of {@code source} points to, or empty. */
    static String guess(String source) {
        String head = source.length() > SAMPLE_CHARS ? source.substring(0, SAMPLE_CHARS) : source;
        String[] ids = {"java", "python", "go", "rust", "c", "cpp", "javascript", "typescript"};
        int[] score = new int[ids.length];
        for (Clue clue : CLUES) {
            Matcher m = clue.pattern.matcher(head);
            int hits = 0;
            while (hits < 10 && m.find()) {
                hits++;
            }
            if (hits > 0) {
                score[indexOf(ids, clue.language)] += clue.weight * (1 + Math.min(hits, 5));
            }
        }
        // C++ and TypeScript extend C and JavaScript: their clues count on top of the base language's
        score[indexOf(ids, "cpp")] += score[indexOf(ids, "cpp")] > 0 ? score[indexOf(ids, "c")] : 0;
        score[indexOf(ids, "typescript")] += score[indexOf(ids, "typescript")] > 0 ? score[indexOf(ids, "javascript")] : 0;
        int best = -1;
        int second = 0;
        for (int i = 0; i < ids.length; i++) {
            if (best < 0 || score[i] > score[best]) {
                if (best >= 0) {
                    second = Math.max(second, score[best]);
                }
                best = i;
            } else {
                second = Math.max(second, score[i]);
            }
        }
        return score[best] >= 8 && score[best] > second ? ids[best] : "";
    }

    private static int indexOf(String[] ids, String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
