package dev.headroom.compress.code;

import java.util.List;

/**
 * The parts of a parsed source the compressor may rewrite, as Java {@code String} indices in
 * document order: function bodies and doc comments outside them; and how many syntax errors the
 * parse found (0 for source that parses cleanly).
 */
record SourceOutline(List<Body> bodies, List<Span> docComments, int errors) {

    SourceOutline {
        bodies = List.copyOf(bodies);
        docComments = List.copyOf(docComments);
    }

    /** A half-open range {@code [start, end)} of the source. */
    record Span(int start, int end) {}

    /**
     * One function body: the function's simple name (may be empty for anonymous functions), the
     * body's range, and for Python the range of its docstring (or null).
     */
    record Body(String name, Span body, Span docstring) {}
}
