package dev.headroom.compress.code;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the function names that stack frames in a question point at, so the code compressor keeps
 * those bodies whole: Java/JS {@code at a.b.Foo.bar(Foo.java:42)}, Python
 * {@code File "x.py", line 12, in handle}, gdb {@code #0 0x... in parse (...)}, Go
 * {@code main.handle(0xc000...)} and Rust {@code 3: app::server::serve}.
 */
final class ErrorFrames {

    private static final Pattern[] FRAMES = {
        Pattern.compile("\\bat (?:async )?(?:[\\w$<>]+\\.)*([\\w$<>]+) ?\\("),
        Pattern.compile("File \"[^\"]+\", line \\d+, in ([\\w<>]+)"),
        Pattern.compile("#\\d+\\s+(?:0x[0-9a-fA-F]+ in )?(?:[\\w:~]+::)?([\\w~]+) ?\\("),
        Pattern.compile("(?m)^\\s*(?:[\\w./-]+\\.)(?:\\(\\*?\\w+\\)\\.)?(\\w+)\\((?:0x|\\.\\.\\.|\\))"),
        Pattern.compile("(?m)^\\s*\\d+: (?:[\\w<>]+::)+(\\w+)\\s*$"),
    };

    private ErrorFrames() {}

    /** The lowercase function names named by stack frames in {@code query}, in first-seen order. */
    static Set<String> names(String query) {
        Set<String> out = new LinkedHashSet<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (Pattern p : FRAMES) {
            Matcher m = p.matcher(query);
            while (m.find()) {
                String name = m.group(1);
                if (name.equals("<init>") || name.equals("<module>") || name.equals("<clinit>")) {
                    continue;
                }
                out.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
