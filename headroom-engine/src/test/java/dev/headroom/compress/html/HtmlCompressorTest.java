package dev.headroom.compress.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Elision;
import dev.headroom.store.InMemoryStore;
import org.junit.jupiter.api.Test;

class HtmlCompressorTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Release 4.2 &ndash; Storage Service</title>
              <link rel="stylesheet" href="/assets/site.css">
              <style>
                body { font-family: sans-serif; margin: 0 auto; max-width: 60rem; }
                .banner { background: #ffe; border: 1px solid #cc9; }
              </style>
              <script>
                window.dataLayer = window.dataLayer || [];
                function track(){ dataLayer.push(arguments); }
                track('js', new Date()); track('config', 'UA-000000-1');
              </script>
            </head>
            <body>
              <!-- navigation -->
              <nav class="top"><a href="/">Home</a> <a href="/docs/">Docs</a> <a href="/blog/" class="active">Blog</a></nav>
              <main>
                <article>
                  <h1>Release 4.2</h1>
                  <p class="lead">The nightly compaction now finishes in <strong>14 minutes</strong> instead of 41.
                  Read the <a href="https://example.org/notes/4.2?full=1&amp;lang=en">full notes</a> for details.</p>
                  <h2>Breaking changes</h2>
                  <ul>
                    <li>The <code>/v1/sync</code> endpoint is removed.</li>
                    <li>Uploads over 5&nbsp;GB need the multipart API.</li>
                  </ul>
                  <pre><code>storage:
              retries: 3
              timeout: 30s</code></pre>
                  <table><tr><th>Plan</th><th>Limit</th></tr><tr><td>Free</td><td>10 GB</td></tr></table>
                  <p><img src="/img/chart.png" alt="Latency chart"> Questions? Write to <a href="mailto:ops@example.org">ops@example.org</a>.</p>
                </article>
              </main>
              <script src="/assets/app.js"></script>
              <footer>&copy; 2026 Example Org</footer>
            </body>
            </html>
            """;

    private static Compressed compress(String html, InMemoryStore store) {
        return new HtmlCompressor().compress(html, CompressionContext.builder(html).store(store).build());
    }

    @Test
    void should_keep_readable_text_with_links_and_drop_scripts_and_styles() {
        // when
        Compressed out = compress(PAGE, InMemoryStore.create());

        // then
        assertThat(out.text())
                .contains("Release 4.2 \u2013 Storage Service")
                .contains("# Release 4.2")
                .contains("## Breaking changes")
                .contains("The nightly compaction now finishes in 14 minutes instead of 41.")
                .contains("[full notes](https://example.org/notes/4.2?full=1&lang=en)")
                .contains("- The /v1/sync endpoint is removed.")
                .contains("- Uploads over 5 GB need the multipart API.")
                .contains("[Docs](/docs/)")
                .contains("[ops@example.org](mailto:ops@example.org)")
                .contains("[image: Latency chart]")
                .contains("| Free | 10 GB")
                .contains("\u00a9 2026 Example Org")
                .doesNotContain("dataLayer")
                .doesNotContain("font-family")
                .doesNotContain("<p")
                .doesNotContain("navigation");
    }

    @Test
    void should_keep_preformatted_text_as_it_is() {
        // when
        Compressed out = compress(PAGE, InMemoryStore.create());

        // then
        assertThat(out.text()).contains("storage:\n  retries: 3\n  timeout: 30s");
    }

    @Test
    void should_declare_exact_counts_and_keep_the_original_retrievable() {
        // given
        InMemoryStore store = InMemoryStore.create();
        // counted independently: every "<" that opens a tag, comment or doctype outside the dropped blocks
        int tagsOutsideDroppedBlocks = PAGE.replaceAll("(?s)<(script|style)\\b.*?</\\1>", "").split("<[!/a-zA-Z]", -1).length - 1;
        int droppedBlockTags = 3 * 2; // two scripts and one style, each an open and a close tag

        // when
        Compressed out = compress(PAGE, store);

        // then
        assertThat(out.elisions()).hasSize(2);
        Elision tags = out.elisions().get(0);
        Elision blocks = out.elisions().get(1);
        assertThat(tags.unit()).isEqualTo("tags and comments");
        assertThat(tags.count()).isEqualTo(tagsOutsideDroppedBlocks + droppedBlockTags);
        assertThat(blocks.unit()).isEqualTo("script and style blocks");
        assertThat(blocks.count()).isEqualTo(3);
        assertThat(out.text()).startsWith(tags.render() + "\n" + blocks.render() + "\n\n");
        assertThat(store.get(tags.handle()).content()).isEqualTo(PAGE);
    }

    @Test
    void should_pass_through_text_without_markup() {
        // given
        String text = "no tags here, just a < b and c > d\n";

        // when
        Compressed out = compress(text, InMemoryStore.create());

        // then
        assertThat(out.text()).isEqualTo(text);
        assertThat(out.elisions()).isEmpty();
    }

    @Test
    void should_read_quoted_and_unquoted_attributes() {
        assertThat(HtmlText.attribute("<a class=x href=\"/a b\">", "href")).isEqualTo("/a b");
        assertThat(HtmlText.attribute("<a href='/c'>", "href")).isEqualTo("/c");
        assertThat(HtmlText.attribute("<a data-href=\"/no\" href=/d>", "href")).isEqualTo("/d");
        assertThat(HtmlText.attribute("<a name=top>", "href")).isEmpty();
    }
}
