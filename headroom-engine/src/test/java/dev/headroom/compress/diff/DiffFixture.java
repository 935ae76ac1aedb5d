package dev.headroom.compress.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.headroom.compress.RealSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds git-style diffs of real source files with deterministic edits, at a chosen context size. */
final class DiffFixture {

    record Edited(String path, List<String> original, List<String> revised) {}

    private DiffFixture() {}

    /** {@code count} real source files of at least 80 lines, each edited in a few scattered places. */
    static List<Edited> edits(int count, long seed) {
        Random random = new Random(seed);
        List<Edited> out = new ArrayList<>();
        for (RealSources.SourceFile f : RealSources.sources()) {
            if (out.size() == count) {
                break;
            }
            if (f.lines().size() < 80 || f.path().hashCode() % 3 != 0) {
                continue;
            }
            List<String> revised = new ArrayList<>(f.lines());
            for (int k = 0; k < 4; k++) {
                int at = random.nextInt(revised.size() - 2);
                switch (k % 3) {
                    case 0 -> revised.set(at, revised.get(at) + " // changed");
                    case 1 -> revised.remove(at);
                    default -> revised.add(at, "    // inserted note " + k);
                }
            }
            out.add(new Edited(f.path(), f.lines(), revised));
        }
        return out;
    }

    /** A {@code git diff -U<context>}-like text for {@code edits}. */
    static String gitDiff(List<Edited> edits, int context) {
        StringBuilder sb = new StringBuilder();
        for (Edited e : edits) {
            Patch<String> patch = DiffUtils.diff(e.original(), e.revised());
            List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + e.path(), "b/" + e.path(), e.original(), patch, context);
            sb.append("diff --git a/").append(e.path()).append(" b/").append(e.path()).append('\n');
            sb.append("index 1a2b3c4..5d6e7f8 100644\n");
            for (String l : lines) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }
}
