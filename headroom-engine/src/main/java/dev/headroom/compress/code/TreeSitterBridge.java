package dev.headroom.compress.code;

import dev.headroom.compress.Deadline;
import dev.headroom.compress.TimeBudgetExceededException;
import dev.headroom.compress.code.SourceOutline.Body;
import dev.headroom.compress.code.SourceOutline.Span;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * The only class that touches tree-sitter (an optional dependency). Callers ask {@link #supports}
 * first; when the core library or a grammar is missing, it answers false and logs that once.
 * A parser is created per call because tree-sitter parsers are not thread-safe.
 *
 * <p>Every walk goes through a {@link TSTreeCursor}: {@code TSNode.getChild(i)} and
 * {@code getParent()} scan siblings from the start, so using them on a node with thousands of
 * children (a file of unclosed headers, a long module) made a walk quadratic. Under a time budget,
 * parsing runs on a helper thread, reports progress to the call's {@link Deadline} and is cancelled
 * past it, and the caller waits no longer than the budget.
 */
final class TreeSitterBridge {

    private static final System.Logger LOG = System.getLogger(TreeSitterBridge.class.getName());
    private static final boolean CORE_AVAILABLE = probeCore();
    private static final Map<String, Optional<TSLanguage>> GRAMMARS = new ConcurrentHashMap<>();

    private TreeSitterBridge() {}

    /** Whether the tree-sitter core library is on the classpath and its native library loads. */
    static boolean coreAvailable() {
        return CORE_AVAILABLE;
    }

    /** Whether tree-sitter and the grammar for {@code spec} are on the classpath and load. */
    static boolean supports(LanguageSpec spec) {
        return CORE_AVAILABLE && grammar(spec).isPresent();
    }

    /**
     * The outline of {@code source}. Functions that contain a syntax error (tree-sitter recovers
     * around macros it cannot expand, or a cut-off file) are left out of it.
     *
     * @throws TimeBudgetExceededException past the deadline
     */
    static SourceOutline outline(LanguageSpec spec, String source, Deadline deadline) {
        return withParse(spec, source, deadline, parse -> {
            TSNode root = parse.tree.getRootNode();
            int errors = errorCount(root, deadline);
            deadline.check(); // the parse may end just before the deadline; the walker first maps every byte
            SourceOutline outline = new Walker(spec, source, deadline).walk(root, errors);
            deadline.check();
            return outline;
        });
    }

    /** Whether {@code source} parses without error nodes. */
    static boolean parses(LanguageSpec spec, String source) {
        return errors(spec, source, Deadline.none()) == 0;
    }

    /** How many error and missing nodes tree-sitter's parse of {@code source} has, with no time limit. */
    static int errors(LanguageSpec spec, String source) {
        return errors(spec, source, Deadline.none());
    }

    /**
     * How many error and missing nodes tree-sitter's parse of {@code source} has.
     *
     * @throws TimeBudgetExceededException past the deadline
     */
    static int errors(LanguageSpec spec, String source, Deadline deadline) {
        return withParse(spec, source, deadline, parse -> errorCount(parse.tree.getRootNode(), deadline));
    }

    /**
     * Parses {@code source}, applies {@code body} to the parse and frees it: on the calling thread
     * when done or failed, on the tree-sitter pool when the deadline passed, so a timed-out call
     * returns at once.
     */
    private static <T> T withParse(LanguageSpec spec, String source, Deadline deadline, java.util.function.Function<Parse, T> body) {
        Parse parse = parse(grammar(spec).orElseThrow(), source, deadline);
        T result;
        try {
            result = body.apply(parse);
        } catch (TimeBudgetExceededException e) {
            parse.closeInBackground();
            throw e;
        } catch (RuntimeException | Error e) {
            closeSuppressed(parse, e);
            throw e;
        }
        parse.close();
        return result;
    }

    private static void closeSuppressed(Parse parse, Throwable failure) {
        try {
            parse.close();
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    /** A tree and the parser that made it; closing releases both. */
    private static final class Parse implements AutoCloseable {
        final TSParser parser;
        final TSTree tree;

        Parse(TSParser parser, TSTree tree) {
            this.parser = parser;
            this.tree = tree;
        }

        @Override
        public void close() {
            try {
                tree.close();
            } finally {
                parser.close();
            }
        }

        /**
         * Closes on a helper thread: freeing the tree of a large file takes milliseconds (3 to 8 ms
         * for 100 KB of Java), which a call already past its budget should not spend. Nothing
         * uses the parse after this.
         */
        void closeInBackground() {
            try {
                PARSERS.execute(this::close);
            } catch (RejectedExecutionException e) {
                close();
            }
        }
    }

    /**
     * Parses {@code source}. With a bounded deadline the parse runs on a helper thread and reports
     * progress to the deadline, which cancels it; the caller waits only for the time left. Tree-sitter
     * reports progress every so many parse operations, and in error recovery one report can come tens
     * of milliseconds after the last, so waiting on the parse itself could overrun the budget by that
     * much. An abandoned parse stops at its next report and closes its own tree and parser; the caller
     * never touches them, so nothing native is used after it is freed.
     *
     * @throws TimeBudgetExceededException past the deadline
     */
    private static Parse parse(TSLanguage language, String source, Deadline deadline) {
        deadline.check();
        if (!deadline.isBounded()) {
            TSParser parser = newParser(language);
            try {
                return new Parse(parser, parser.parseString(null, source));
            } catch (RuntimeException | Error e) {
                parser.close();
                throw e;
            }
        }
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Parse> job = CompletableFuture.supplyAsync(() -> parseCancellably(language, utf8, deadline), PARSERS);
        try {
            Parse parse = job.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            if (parse == null) {
                throw new TimeBudgetExceededException(deadline.budget());
            }
            return parse;
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            job.thenAccept(abandoned -> {
                if (abandoned != null) {
                    abandoned.close();
                }
            });
            throw new TimeBudgetExceededException(deadline.budget());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("tree-sitter parse failed", cause);
        }
    }

    /** Runs on a helper thread: the parse, or null when the deadline cancelled it. */
    private static Parse parseCancellably(TSLanguage language, byte[] utf8, Deadline deadline) {
        TSParser parser = newParser(language);
        try {
            TSReader reader = (buffer, offset, point) -> {
                int n = Math.min(buffer.length, utf8.length - offset);
                if (n <= 0) {
                    return 0;
                }
                System.arraycopy(utf8, offset, buffer, 0, n);
                return n;
            };
            TSTree tree = parser.parseWithOptions(new byte[READ_CHUNK], null, reader, TSInputEncoding.TSInputEncodingUTF8,
                    state -> deadline.expired());
            if (tree == null) {
                parser.close();
                return null;
            }
            return new Parse(parser, tree);
        } catch (RuntimeException | Error e) {
            parser.close();
            throw e;
        }
    }

    private static TSParser newParser(TSLanguage language) {
        TSParser parser = new TSParser();
        try {
            parser.setLanguage(language);
            return parser;
        } catch (RuntimeException | Error e) {
            parser.close();
            throw e;
        }
    }

    /** Daemon threads for parses under a deadline; idle ones end after a minute. */
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "headroom-tree-sitter");
        t.setDaemon(true);
        return t;
    });

    private static final int READ_CHUNK = 64 * 1024;

    /** Nodes visited between two deadline checks. */
    private static final int CHECK_EVERY = 1024;

    /**
     * Counts error and missing nodes in one cursor walk, descending only into subtrees that
     * contain one: linear in the nodes visited.
     */
    private static int errorCount(TSNode root, Deadline deadline) {
        if (!root.hasError()) {
            return 0;
        }
        int count = 0;
        int steps = 0;
        try (TSTreeCursor cursor = new TSTreeCursor(root)) {
            while (true) {
                TSNode node = cursor.currentNode();
                if (node.isError() || node.isMissing()) {
                    count++;
                }
                if (++steps % CHECK_EVERY == 0) {
                    deadline.check();
                }
                if (node.hasError() && cursor.gotoFirstChild()) {
                    continue;
                }
                while (!cursor.gotoNextSibling()) {
                    if (!cursor.gotoParent()) {
                        return count;
                    }
                }
            }
        }
    }

    private static boolean probeCore() {
        try {
            Class.forName("org.treesitter.TSParser");
            new TSParser().close();
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.INFO, "headroom: tree-sitter is not available (" + e
                    + "); source code passes through uncompressed. Add io.github.bonede:tree-sitter and a grammar"
                    + " such as io.github.bonede:tree-sitter-java to enable the code compressor.");
            return false;
        }
    }

    private static Optional<TSLanguage> grammar(LanguageSpec spec) {
        if (!CORE_AVAILABLE) {
            return Optional.empty();
        }
        return GRAMMARS.computeIfAbsent(spec.id(), id -> loadGrammar(spec));
    }

    private static Optional<TSLanguage> loadGrammar(LanguageSpec spec) {
        try {
            Object grammar = Class.forName(spec.grammarClass()).getConstructor().newInstance();
            return Optional.of((TSLanguage) grammar);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.INFO, "headroom: no tree-sitter grammar for " + spec.id() + " (" + e
                    + "); " + spec.id() + " sources pass through uncompressed.");
            return Optional.empty();
        }
    }

    /** One depth-first pass that stops at function nodes, so nested functions go with their parent. */
    private static final class Walker {
        private final LanguageSpec spec;
        private final String source;
        private final int[] charAtByte;
        private final List<Body> bodies = new ArrayList<>();
        private final List<Span> docComments = new ArrayList<>();
        private final Deadline deadline;

        Walker(LanguageSpec spec, String source, Deadline deadline) {
            this.spec = spec;
            this.source = source;
            this.charAtByte = byteToCharIndex(source);
            this.deadline = deadline;
        }

        /** Pre-order cursor walk; {@code ancestors} holds the current node's parent first. */
        SourceOutline walk(TSNode root, int errors) {
            Deque<TSNode> ancestors = new ArrayDeque<>();
            int steps = 0;
            try (TSTreeCursor cursor = new TSTreeCursor(root)) {
                while (true) {
                    TSNode node = cursor.currentNode();
                    if (++steps % CHECK_EVERY == 0) {
                        deadline.check();
                    }
                    if (visit(node, ancestors) && cursor.gotoFirstChild()) {
                        ancestors.push(node);
                        continue;
                    }
                    while (!cursor.gotoNextSibling()) {
                        if (!cursor.gotoParent()) {
                            return new SourceOutline(bodies, docComments, errors);
                        }
                        ancestors.pop();
                    }
                }
            }
        }

        /** Records what {@code node} contributes; whether to walk into its children. */
        private boolean visit(TSNode node, Deque<TSNode> ancestors) {
            String type = node.getType();
            TSNode parent = ancestors.peek();
            if (spec.functionTypes().contains(type) && !isWrapper(node)) {
                // checked per function: its field look-ups cost tens of microseconds, so the 1024 steps
                // between two step checks, all functions in a class of small methods, took 40-60 ms
                deadline.check();
                if (!node.hasError()) {
                    function(node, parent);
                }
                return false;
            }
            if (node.isError()) {
                return false;
            }
            if (spec.indentedBodies() && isModuleOrClassDocstring(node, type, ancestors)) {
                docComments.add(span(node.getNamedChild(0)));
                return false;
            }
            if (spec.javadocComments() && type.endsWith("comment")) {
                Span span = span(node);
                if (source.startsWith("/**", span.start()) || isFileHeader(span)) {
                    docComments.add(span);
                }
                return false;
            }
            return true;
        }

        /** A string statement first in a module or a class body: Python's docstring for it. */
        private static boolean isModuleOrClassDocstring(TSNode node, String type, Deque<TSNode> ancestors) {
            if (!"expression_statement".equals(type) || node.getNamedChildCount() != 1
                    || !"string".equals(node.getNamedChild(0).getType())) {
                return false;
            }
            Iterator<TSNode> up = ancestors.iterator();
            TSNode parent = up.hasNext() ? up.next() : null;
            if (parent == null || parent.isNull() || !TSNode.eq(firstStatement(parent), node)) {
                return false;
            }
            if ("module".equals(parent.getType())) {
                return true;
            }
            TSNode owner = up.hasNext() ? up.next() : null;
            return "block".equals(parent.getType()) && owner != null && !owner.isNull()
                    && "class_definition".equals(owner.getType());
        }

        private static TSNode firstStatement(TSNode parent) {
            for (int i = 0; i < parent.getNamedChildCount(); i++) {
                TSNode child = parent.getNamedChild(i);
                if (!"comment".equals(child.getType())) {
                    return child;
                }
            }
            return parent;
        }

        /**
         * An anonymous function holding most of the file, such as a module wrapper
         * {@code (function () { ... })()}: its contents are outlined instead of elided whole.
         */
        private boolean isWrapper(TSNode fn) {
            if (field(fn, "name") != null) {
                return false;
            }
            Span span = span(fn);
            return span.end() - span.start() > source.length() / 2;
        }

        /** A block comment before anything else in the file: usually a licence header. */
        private boolean isFileHeader(Span span) {
            return source.startsWith("/*", span.start()) && source.substring(0, span.start()).isBlank();
        }

        private void function(TSNode fn, TSNode parent) {
            TSNode body = field(fn, "body");
            if (body == null || !spec.bodyTypes().contains(body.getType())) {
                return;
            }
            bodies.add(new Body(name(fn, parent), span(body), spec.indentedBodies() ? docstring(body) : null));
        }

        private Span docstring(TSNode block) {
            if (block.getNamedChildCount() == 0) {
                return null;
            }
            TSNode first = block.getNamedChild(0);
            if (!"expression_statement".equals(first.getType()) || first.getNamedChildCount() != 1) {
                return null;
            }
            TSNode str = first.getNamedChild(0);
            return "string".equals(str.getType()) ? span(str) : null;
        }

        private String name(TSNode fn, TSNode parent) {
            TSNode n = field(fn, "name");
            if (n == null) {
                TSNode d = field(fn, "declarator");
                while (d != null) {
                    TSNode inner = field(d, "declarator");
                    if (inner == null) {
                        break;
                    }
                    d = inner;
                }
                n = d;
            }
            if (n == null) {
                n = nameFromParent(parent);
            }
            return n == null ? "" : simpleName(text(n));
        }

        private TSNode nameFromParent(TSNode parent) {
            if (parent == null || parent.isNull()) {
                return null;
            }
            TSNode n = field(parent, "name");
            if (n == null) {
                n = field(parent, "key");
            }
            if (n == null) {
                n = field(parent, "left");
            }
            return n;
        }

        private static String simpleName(String qualified) {
            String s = qualified;
            int paren = s.indexOf('(');
            if (paren >= 0) {
                s = s.substring(0, paren);
            }
            int colons = s.lastIndexOf("::");
            int from = Math.max(colons < 0 ? 0 : colons + 2, s.lastIndexOf('.') + 1);
            return s.substring(from).strip();
        }

        private static TSNode field(TSNode node, String name) {
            TSNode child = node.getChildByFieldName(name);
            return child == null || child.isNull() ? null : child;
        }

        private Span span(TSNode node) {
            return new Span(charAtByte[node.getStartByte()], charAtByte[node.getEndByte()]);
        }

        private String text(TSNode node) {
            Span s = span(node);
            return source.substring(s.start(), s.end());
        }
    }

    /** Maps each UTF-8 byte offset of {@code s} (tree-sitter's unit) to the Java char index. */
    static int[] byteToCharIndex(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int[] map = new int[utf8.length + 1];
        int b = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int width;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                width = 4;
            } else if (Character.isSurrogate(c)) {
                width = 1; // a lone surrogate; the compressor refuses such input before parsing
            } else {
                width = 3;
            }
            for (int k = 0; k < width && b + k < map.length; k++) {
                map[b + k] = i;
            }
            b += width;
            if (width == 4) {
                i++;
            }
        }
        map[utf8.length] = s.length();
        return map;
    }
}
