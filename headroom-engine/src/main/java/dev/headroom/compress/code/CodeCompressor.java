package dev.headroom.compress.code;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.compress.code.SourceOutline.Body;
import dev.headroom.compress.code.SourceOutline.Span;
import dev.headroom.relevance.ClosestUnits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compresses source code to its outline: package and import lines, type and function signatures,
 * fields and the first line of each doc comment stay; function bodies longer than
 * {@value #MAX_KEPT_BODY_LINES} lines are replaced by a comment marker whose handle retrieves that
 * exact body. Bodies of functions the question names (by name, by a rare term in the body, or by a
 * stack frame) stay whole.
 *
 * <p>A numbered window of a file ({@code 1457:    code}, as agents' file viewers and {@code cat -n}
 * print it) is compressed as the code it shows, and every kept line keeps its number.
 *
 * <p>Parsing uses tree-sitter when it and the language's grammar are on the classpath; otherwise,
 * or for an unknown language, the input passes through. Source with syntax errors (unexpanded
 * macros, a cut-off file) is handled conservatively: only functions free of errors are touched.
 * The result is parsed again and discarded unless it parses cleanly, or, for an input that
 * already had errors, with no more errors than the input.
 */
public final class CodeCompressor implements Compressor {

    /** Bodies of at most this many lines are kept: a marker would cost about as much. */
    public static final int MAX_KEPT_BODY_LINES = 3;

    /** Bodies a relevance scorer may keep whole besides those the question names. */
    static final int CLOSEST_BODIES = 2;

    /** Doc comments lose their tail only when at least this many lines would go. */
    public static final int MIN_ELIDED_DOC_LINES = 4;

    /**
     * A body or doc-comment tail is elided only when it holds at least this many tokens; a marker
     * costs about 30, so anything smaller would save little or nothing.
     */
    public static final int MIN_ELIDED_TOKENS = 40;

    /** A doc comment keeps lines up to the end of its first sentence, but no more than this many. */
    static final int MAX_DOC_SUMMARY_LINES = 3;

    static final String UNIT = "lines";

    private static final System.Logger LOG = System.getLogger(CodeCompressor.class.getName());

    /** Probed on the first code input, so an application that never sees code never loads tree-sitter or logs about it. */
    private static final class TreeSitter {
        static final boolean AVAILABLE = probe();
    }

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        NumberedView view = NumberedView.parse(input);
        if (view == null) {
            return compressSource(input, ctx);
        }
        // the window's opening fragment stays verbatim; the rest is parsed dedented, as whole code
        int from = view.fragmentLines();
        int indent = view.indentFrom(from);
        Compressed code = compressSource(view.code(from, indent), ctx);
        if (code.elisions().isEmpty()) {
            return Compressed.unchanged(input, code.strategy().replaceFirst("^none:", "") + "-numbered");
        }
        return new Compressed(view.renumber(view.reassemble(from, indent, code.text())), code.strategy() + ":numbered",
                code.elisions());
    }

    private Compressed compressSource(String input, CompressionContext ctx) {
        String language = ctx.language().isEmpty() ? LanguageGuesser.guess(input) : ctx.language();
        Optional<LanguageSpec> spec = LanguageSpec.forName(language);
        if (spec.isEmpty()) {
            return Compressed.unchanged(input, "code-unknown-language");
        }
        if (!TreeSitter.AVAILABLE || !TreeSitterBridge.supports(spec.get()) || hasLoneSurrogate(input)) {
            return Compressed.unchanged(input, "code-no-parser");
        }
        SourceOutline outline = TreeSitterBridge.outline(spec.get(), input, ctx.deadline());
        if (outline.errors() > 0 && outline.bodies().isEmpty()) {
            return Compressed.unchanged(input, "code-parse-error");
        }
        Compressed out = new Rewrite(input, spec.get(), ctx, outline).run();
        if (out.elisions().isEmpty()) {
            return Compressed.unchanged(input, "code-nothing-to-elide");
        }
        if (TreeSitterBridge.errors(spec.get(), out.text(), ctx.deadline()) > outline.errors()) {
            return Compressed.unchanged(input, "code-result-unparseable");
        }
        return out;
    }

    /** Loads the bridge once; without tree-sitter on the classpath even loading it may fail. */
    private static boolean probe() {
        try {
            return TreeSitterBridge.coreAvailable();
        } catch (LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "headroom: tree-sitter is not available (" + e
                    + "); source code passes through uncompressed. Add io.github.bonede:tree-sitter and a grammar"
                    + " such as io.github.bonede:tree-sitter-java to enable the code compressor.");
            return false;
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** One pass over the outline: decides what to keep and splices the replacements in order. */
    private static final class Rewrite {
        private final String src;
        private final LanguageSpec spec;
        private final CompressionContext ctx;
        private final SourceOutline outline;
        private final List<Edit> edits = new ArrayList<>();

        private record Edit(int start, int end, String replacement, Elision elision) {}

        Rewrite(String src, LanguageSpec spec, CompressionContext ctx, SourceOutline outline) {
            this.src = src;
            this.spec = spec;
            this.ctx = ctx;
            this.outline = outline;
        }

        Compressed run() {
            List<Body> bodies = outline.bodies();
            Relevance relevance = new Relevance(ctx.query(), ctx.queryTerms(), bodies, src, closestBodies(bodies));
            for (int i = 0; i < bodies.size(); i++) {
                ctx.checkDeadline();
                Body body = bodies.get(i);
                if (lines(body.body()) > MAX_KEPT_BODY_LINES && bigEnough(body.body()) && !relevance.keeps(i, body)) {
                    elideBody(body);
                }
            }
            for (Span doc : outline.docComments()) {
                elideDocTail(doc);
            }
            edits.sort(Comparator.comparingInt(Edit::start));
            StringBuilder out = new StringBuilder(src.length() / 2);
            int at = 0;
            List<Elision> elisions = new ArrayList<>();
            for (Edit e : edits) {
                elisions.add(e.elision());
                out.append(src, at, e.start()).append(e.replacement());
                at = e.end();
            }
            out.append(src, at, src.length());
            return new Compressed(out.toString(), "code:" + spec.id(), elisions);
        }

        /** The bodies a relevance scorer finds closest to the question, judged by name, doc and first lines. */
        private int[] closestBodies(List<Body> bodies) {
            if (!ctx.hasRelevanceScorer() || bodies.size() < 2) {
                return new int[0];
            }
            List<String> units = new ArrayList<>(bodies.size());
            for (Body b : bodies) {
                StringBuilder unit = new StringBuilder(Relevance.words(b.name()));
                if (b.docstring() != null) {
                    unit.append('\n').append(src, b.docstring().start(), b.docstring().end());
                }
                unit.append('\n').append(src, b.body().start(), Math.min(b.body().end(), b.body().start() + ClosestUnits.MAX_UNIT_CHARS));
                units.add(unit.toString());
            }
            return ctx.closestUnits(units, CLOSEST_BODIES);
        }

        private void elideBody(Body body) {
            Span span = body.body();
            String text = src.substring(span.start(), span.end());
            if (spec.indentedBodies()) {
                elideIndentedBody(body, text);
                return;
            }
            Elision e = declare(text);
            edits.add(new Edit(span.start(), span.end(), "{ /* " + e.render() + " */ }", e));
        }

        private void elideIndentedBody(Body body, String text) {
            Span span = body.body();
            int lineStart = src.lastIndexOf('\n', span.start() - 1) + 1;
            String indent = src.substring(lineStart, span.start());
            if (!indent.isBlank()) {
                return; // the body shares its line with other code; leave it
            }
            StringBuilder r = new StringBuilder();
            if (body.docstring() != null && body.docstring().start() == span.start()) {
                r.append(firstDocstringLine(src.substring(body.docstring().start(), body.docstring().end())))
                        .append('\n').append(indent);
            }
            Elision e = declare(text);
            r.append("...  # ").append(e.render());
            edits.add(new Edit(span.start(), span.end(), r.toString(), e));
        }

        /** A Python docstring cut to its first line, closed with its own quotes. */
        private static String firstDocstringLine(String doc) {
            int nl = doc.indexOf('\n');
            if (nl < 0) {
                return doc;
            }
            int q = 0;
            while (q < doc.length() && Character.isLetter(doc.charAt(q))) {
                q++;
            }
            String quote = doc.startsWith("\"\"\"", q) ? "\"\"\"" : doc.startsWith("'''", q) ? "'''" : null;
            if (quote == null) {
                return doc; // a one-quote string spanning lines (with escapes): keep it whole
            }
            String first = doc.substring(0, nl).stripTrailing();
            if (first.endsWith("\\")) {
                return doc;
            }
            if (first.length() == q + 3) {
                // """ alone on the first line: take the summary from the next line
                int nl2 = doc.indexOf('\n', nl + 1);
                if (nl2 < 0) {
                    return doc;
                }
                String summary = doc.substring(nl + 1, nl2).strip();
                if (summary.isEmpty() || summary.contains(quote) || summary.endsWith("\\")) {
                    return doc;
                }
                return first + summary + quote;
            }
            if (first.substring(q + 3).contains(quote.substring(0, 1))) {
                return doc; // quotes on the first line could end the string early once closed
            }
            return first + quote;
        }

        /**
         * Cuts a doc comment (Javadoc-style block comment, a file's licence header, or a Python
         * module or class docstring) to its opening and summary lines, a marker line and its
         * closing line.
         */
        private void elideDocTail(Span doc) {
            String text = src.substring(doc.start(), doc.end());
            String[] lines = text.split("\n", -1);
            int last = lines.length - 1;
            String opener = docOpener(text);
            if (opener == null || last < 2) {
                return;
            }
            String closer = opener.startsWith("/*") ? "*/" : opener.substring(opener.length() - 3);
            if (!lines[last].strip().equals(closer)) {
                return;
            }
            boolean javadoc = closer.equals("*/");
            int keep = 0; // index of the summary line
            if (lines[0].strip().equals(opener)) {
                keep = 1;
                while (keep < last && (javadoc ? lines[keep].strip().replaceFirst("^\\*", "") : lines[keep]).isBlank()) {
                    keep++;
                }
            }
            int summaryEnd = keep;
            while (summaryEnd < last - 1 && summaryEnd - keep < MAX_DOC_SUMMARY_LINES - 1 && !endsSentence(lines[summaryEnd])) {
                summaryEnd++;
            }
            keep = summaryEnd;
            int elided = last - keep - 1;
            if (elided < MIN_ELIDED_DOC_LINES) {
                return;
            }
            int from = doc.start() + offsetOfLine(lines, keep + 1);
            int to = doc.start() + offsetOfLine(lines, last);
            if (!bigEnough(new Span(from, to - 1))) {
                return;
            }
            String removed = src.substring(from, to - 1); // without the newline before the closing line
            String closing = lines[last];
            String indent = closing.substring(0, closing.length() - closing.stripLeading().length());
            Elision e = declare(removed, elided);
            edits.add(new Edit(from, to - 1, indent + (javadoc ? "* " : "") + e.render(), e));
        }

        /** {@code /**} or {@code /*}, or a Python string opener such as {@code """} or {@code r'''}; null otherwise. */
        private static String docOpener(String text) {
            if (text.startsWith("/**")) {
                return "/**";
            }
            if (text.startsWith("/*")) {
                return "/*";
            }
            int q = 0;
            while (q < text.length() && q < 2 && Character.isLetter(text.charAt(q))) {
                q++;
            }
            if (text.startsWith("\"\"\"", q) || text.startsWith("'''", q)) {
                return text.substring(0, q + 3);
            }
            return null;
        }

        private static boolean endsSentence(String line) {
            String t = line.strip();
            return t.endsWith(".") || t.contains(". ") || t.endsWith(":") || t.startsWith("@") || t.endsWith("*");
        }

        private static int offsetOfLine(String[] lines, int index) {
            int off = 0;
            for (int i = 0; i < index; i++) {
                off += lines[i].length() + 1;
            }
            return off;
        }

        private Elision declare(String text) {
            return declare(text, countLines(text));
        }

        private Elision declare(String text, int lines) {
            return ctx.elide(lines, UNIT, ctx.store(text));
        }

        private boolean bigEnough(Span span) {
            return ctx.tokens().count(src.substring(span.start(), span.end()), ctx::checkDeadline) >= MIN_ELIDED_TOKENS;
        }

        private int lines(Span span) {
            return countLines(src.substring(span.start(), span.end()));
        }
    }

    static int countLines(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
