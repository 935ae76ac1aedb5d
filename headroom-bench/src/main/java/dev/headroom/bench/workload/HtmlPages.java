package dev.headroom.bench.workload;

import java.util.List;
import java.util.Locale;

/**
 * Seeded HTML pages shaped like a product documentation site as a browser tool fetches it: a head
 * with meta tags, a stylesheet link, an inline style block and a script; a header with navigation;
 * a main column of sections (headings, paragraphs with inline links and emphasis, bullet lists, data
 * tables, code samples, the odd embedded widget script); a footer of links and a trailing analytics
 * script. Sections are added until the page reaches the requested size.
 */
final class HtmlPages {

    private static final List<String> NAV = List.of("Docs", "Guides", "API reference", "Pricing", "Changelog", "Status", "Blog");
    private static final List<String> STATUS = List.of("stable", "beta", "deprecated", "preview");

    private HtmlPages() {}

    /** A page of at least {@code bytes} characters (a little more, to end on a whole section). */
    static String page(Rng r, int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 4096);
        head(r, sb);
        String tail = tail(r);
        for (int s = 0; s == 0 || sb.length() + tail.length() < bytes; s++) {
            section(r, s, sb);
        }
        return sb.append(tail).toString();
    }

    private static void head(Rng r, StringBuilder sb) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Ledger service | Acme Docs</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/docs.").append(r.hex(8)).append(".css\">\n")
                .append("<style>\n.toc{position:sticky;top:4rem}.badge{border-radius:3px;padding:0 4px}\n")
                .append("table.data td,table.data th{padding:4px 8px;border-bottom:1px solid #e5e5e5}\n</style>\n")
                .append("<script>window.__DOCS__={version:\"").append(r.between(3, 9)).append('.').append(r.between(0, 20))
                .append("\",theme:localStorage.getItem(\"theme\")||\"light\"};</script>\n</head>\n<body class=\"docs\">\n")
                .append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">Acme</a>\n<nav aria-label=\"Main\">\n<ul>\n");
        for (String item : NAV) {
            sb.append("<li><a href=\"/").append(slug(item)).append("/\">").append(item).append("</a></li>\n");
        }
        sb.append("</ul>\n</nav>\n</header>\n<main id=\"content\">\n<h1>Ledger service</h1>\n<p class=\"lead\">")
                .append(Pieces.sentence(r, r.between(12, 24))).append("</p>\n");
    }

    private static void section(Rng r, int index, StringBuilder sb) {
        String title = Pieces.cap(Pieces.sentence(r, r.between(2, 5)).replace(".", ""));
        sb.append("<section id=\"s").append(index).append("\">\n<h2>").append(title).append("</h2>\n");
        int paragraphs = r.between(1, 3);
        for (int p = 0; p < paragraphs; p++) {
            paragraph(r, sb);
        }
        switch (index % 4) {
            case 1:
                table(r, sb);
                break;
            case 2:
                sb.append("<ul>\n");
                for (int i = r.between(3, 6); i > 0; i--) {
                    sb.append("<li><strong>").append(r.pick(Pieces.WORDS)).append("</strong>: ")
                            .append(Pieces.sentence(r, r.between(5, 12))).append("</li>\n");
                }
                sb.append("</ul>\n");
                break;
            case 3:
                sb.append("<h3>Example</h3>\n<pre><code class=\"language-java\">")
                        .append("LedgerClient client = LedgerClient.builder()\n    .endpoint(&quot;https://ledger.acme.dev&quot;)\n")
                        .append("    .retries(").append(r.between(1, 5)).append(")\n    .build();\n")
                        .append("Balance b = client.balance(&quot;acct-").append(r.between(1000, 9999)).append("&quot;);</code></pre>\n");
                if (index % 8 == 7) {
                    sb.append("<div class=\"widget\" data-widget=\"feedback\" data-page=\"s").append(index).append("\"></div>\n")
                            .append("<script>(function(w){w.feedback=w.feedback||[];w.feedback.push({page:\"s").append(index)
                            .append("\",ts:").append(Pieces.T0 / 1000 + index).append("});})(window);</script>\n");
                }
                break;
            default:
                break;
        }
        sb.append("</section>\n");
    }

    private static void paragraph(Rng r, StringBuilder sb) {
        sb.append("<p>");
        int sentences = r.between(2, 5);
        for (int s = 0; s < sentences; s++) {
            String sentence = Pieces.sentence(r, r.between(8, 20));
            if (s == 1) {
                String w = r.pick(Pieces.WORDS);
                sentence = sentence.substring(0, sentence.length() - 1) + " (see <a href=\"/docs/" + w + "/" + r.pick(Pieces.WORDS)
                        + "\" class=\"xref\">" + w + " settings</a>).";
            } else if (s == 2) {
                sentence = sentence.replaceFirst(" (\\w+) ", " <em>$1</em> ");
            }
            sb.append(s == 0 ? "" : " ").append(sentence);
        }
        sb.append("</p>\n");
    }

    private static void table(Rng r, StringBuilder sb) {
        sb.append("<table class=\"data\">\n<thead><tr><th>Version</th><th>Released</th><th>Status</th><th>p99 ms</th>")
                .append("<th>Notes</th></tr></thead>\n<tbody>\n");
        int rows = r.between(4, 9);
        for (int i = 0; i < rows; i++) {
            String status = r.pick(STATUS);
            sb.append("<tr><td><a href=\"/changelog#v").append(i).append("\">").append(r.between(1, 9)).append('.')
                    .append(r.between(0, 30)).append('.').append(r.between(0, 9)).append("</a></td><td>")
                    .append(Pieces.iso(Pieces.T0 - r.between(1, 900) * 86_400_000L), 0, 10).append("</td><td><span class=\"badge ")
                    .append(status).append("\">").append(status).append("</span></td><td>").append(r.between(12, 480))
                    .append("</td><td>").append(Pieces.sentence(r, r.between(3, 8))).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static String tail(Rng r) {
        StringBuilder sb = new StringBuilder("</main>\n<footer class=\"site-footer\">\n<nav aria-label=\"Footer\">");
        for (String item : List.of("Privacy", "Terms", "Security", "Contact")) {
            sb.append("<a href=\"/").append(slug(item)).append("\">").append(item).append("</a> ");
        }
        return sb.append("</nav>\n<p>&copy; 2024 Acme, Inc.</p>\n</footer>\n")
                .append("<script async src=\"https://stats.acme.dev/a.js\" data-site=\"").append(r.hex(12)).append("\"></script>\n")
                .append("</body>\n</html>\n").toString();
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
