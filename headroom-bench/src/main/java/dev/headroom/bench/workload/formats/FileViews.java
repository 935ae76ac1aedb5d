package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.util.List;
import java.util.Locale;

/** Source shown with line numbers: SWE-agent's file windows and {@code cat -n}. */
final class FileViews {

    private FileViews() {}

    static List<FormatSample> all(long seed) {
        return List.of(sweAgentWindow(new Rng(seed + 61), "sweagent-window-python", "/repo/src/ledger/reconcile.py", SourceCode.python(new Rng(seed + 62), "ledger", 1995), 1000, 200),
                sweAgentWindow(new Rng(seed + 63), "sweagent-window-java", "/repo/services/billing/src/main/java/com/example/billing/InvoiceService.java",
                        SourceCode.java(new Rng(seed + 64), "com.example.billing", "InvoiceService", 1200), 300, 150),
                catN(new Rng(seed + 65)));
    }

    /**
     * SWE-agent's {@code open}/{@code goto} observation: {@code [File: path (N lines total)]}, a count of
     * the lines above, the window as {@code n:line}, and a count of the lines below.
     */
    static FormatSample sweAgentWindow(Rng r, String name, String path, List<String> file, int first, int window) {
        SampleBuilder b = new SampleBuilder();
        b.line("view-header", "[File: " + path + " (" + file.size() + " lines total)]");
        b.line("view-lines-above", "(" + (first - 1) + " more lines above)");
        int last = Math.min(file.size(), first + window - 1);
        for (int n = first; n <= last; n++) {
            b.line("code", n + ":" + file.get(n - 1));
        }
        b.line("view-lines-below", "(" + (file.size() - last) + " more lines below)");
        return b.build(name, Family.FILE_VIEW, Route.CODE_OR_LINES);
    }

    /** {@code cat -n main.go}: six-column right-aligned numbers and a tab. */
    static FormatSample catN(Rng r) {
        List<String> file = SourceCode.go(r, "orders", 300);
        SampleBuilder b = new SampleBuilder();
        for (int i = 0; i < file.size(); i++) {
            b.line("numbered-line", String.format(Locale.ROOT, "%6d\t%s", i + 1, file.get(i)));
        }
        return b.build("cat-n-go", Family.FILE_VIEW, Route.CODE_OR_LINES);
    }
}
