package dev.headroom.compress.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorFramesTest {

    @Test
    void should_name_the_functions_of_java_python_js_gdb_go_and_rust_frames() {
        // given
        String query = String.join("\n",
                "java.lang.IllegalStateException: closed",
                "\tat com.acme.store.Ledger.ship(Ledger.java:42)",
                "\tat com.acme.store.Ledger.<init>(Ledger.java:12)",
                "  File \"app/handlers.py\", line 12, in handle_upload",
                "    at async Downloader.fetchAll (/srv/app/dl.js:31:7)",
                "#1  0x000055d1 in parse_header (line=0x0) at header.c:67",
                "main.(*Server).serveConn(0xc000010000)",
                "   3: app::server::dispatch_request");

        // when / then
        assertThat(ErrorFrames.names(query))
                .containsExactlyInAnyOrder("ship", "handle_upload", "fetchall", "parse_header", "serveconn", "dispatch_request");
    }

    @Test
    void should_find_nothing_in_a_plain_question() {
        assertThat(ErrorFrames.names("why is the total weight wrong for large orders?")).isEmpty();
    }
}
