package dev.headroom.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code report.md}, {@code report.json} and {@code report.html} into a directory. */
public final class ReportWriter {

    private ReportWriter() {}

    /** Writes the three reports into {@code dir} (created if needed) and returns their paths. */
    public static List<Path> write(BenchReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path md = dir.resolve("report.md");
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        Files.writeString(md, MarkdownReport.render(report), StandardCharsets.UTF_8);
        Files.writeString(json, JsonReport.render(report), StandardCharsets.UTF_8);
        Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
        return List.of(md, json, html);
    }
}
