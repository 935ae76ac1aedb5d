package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.util.ArrayList;
import java.util.List;

/** Seeded source files that read like real code (Python, Java, Go), for diffs and file views. */
final class SourceCode {

    private static final List<String> NOUNS = List.of("order", "invoice", "customer", "payment", "refund", "shipment", "ledger",
            "account", "session", "token", "quota", "report", "batch", "cursor", "schema", "field", "record", "event", "rule", "policy");
    private static final List<String> VERBS = List.of("load", "save", "validate", "resolve", "apply", "merge", "render", "parse",
            "compute", "collect", "refresh", "publish", "normalize", "reconcile", "serialize", "dispatch");

    private SourceCode() {}

    /** A Python module of about {@code lines} lines: imports, constants, classes with methods, functions. */
    static List<String> python(Rng r, String module, int lines) {
        List<String> out = new ArrayList<>();
        out.add("\"\"\"" + cap(pick(r, NOUNS)) + " " + pick(r, NOUNS) + " handling for " + module + ".\"\"\"");
        out.add("from __future__ import annotations");
        out.add("");
        out.add("import logging");
        out.add("import typing as t");
        out.add("from dataclasses import dataclass, field");
        out.add("from datetime import datetime, timezone");
        out.add("");
        out.add("from ." + pick(r, NOUNS) + "s import " + cap(pick(r, NOUNS)) + "Store");
        out.add("from .errors import ValidationError, NotFound");
        out.add("");
        out.add("log = logging.getLogger(__name__)");
        out.add("");
        out.add("DEFAULT_LIMIT = " + r.between(10, 500));
        out.add("MAX_RETRIES = " + r.between(2, 6));
        out.add("");
        while (out.size() < lines) {
            if (r.chance(0.6)) {
                pythonClass(r, out);
            } else {
                pythonFunction(r, out, "", pick(r, VERBS) + "_" + pick(r, NOUNS) + "s");
            }
        }
        return out;
    }

    private static void pythonClass(Rng r, List<String> out) {
        String name = cap(pick(r, NOUNS)) + cap(pick(r, List.of("Service", "Repository", "Schema", "Validator", "Builder", "Client")));
        out.add("");
        out.add("@dataclass");
        out.add("class " + name + ":");
        out.add("    \"\"\"" + cap(pick(r, VERBS)) + "s " + pick(r, NOUNS) + "s and keeps their " + pick(r, NOUNS) + " in sync.\"\"\"");
        out.add("");
        int fields = r.between(2, 5);
        for (int i = 0; i < fields; i++) {
            out.add("    " + pick(r, NOUNS) + "_" + pick(r, List.of("id", "count", "name", "limit", "map")) + ": "
                    + pick(r, List.of("int = 0", "str = \"\"", "t.Optional[str] = None", "dict = field(default_factory=dict)", "list = field(default_factory=list)")));
        }
        int methods = r.between(2, 6);
        for (int m = 0; m < methods; m++) {
            out.add("");
            pythonFunction(r, out, "    ", pick(r, VERBS) + (r.chance(0.5) ? "_" + pick(r, NOUNS) : ""));
        }
    }

    private static void pythonFunction(Rng r, List<String> out, String indent, String name) {
        String arg = pick(r, NOUNS);
        boolean method = !indent.isEmpty();
        out.add(indent + "def " + name + "(" + (method ? "self, " : "") + arg + ": " + cap(arg) + ", *, limit: int = DEFAULT_LIMIT) -> "
                + pick(r, List.of("None", "bool", "list[dict]", "int", cap(arg))) + ":");
        out.add(indent + "    \"\"\"" + cap(pick(r, VERBS)) + " the " + arg + " and return what changed.\"\"\"");
        int body = r.between(4, 16);
        String in = indent + "    ";
        for (int b = 0; b < body; b++) {
            switch (r.between(0, 9)) {
                case 0:
                    out.add(in + "if " + arg + "." + pick(r, NOUNS) + "_id is None:");
                    out.add(in + "    raise ValidationError(\"" + arg + " has no " + pick(r, NOUNS) + "\")");
                    break;
                case 1:
                    out.add(in + "for item in " + arg + "." + pick(r, NOUNS) + "s[:limit]:");
                    out.add(in + "    item." + pick(r, VERBS) + "(" + pick(r, List.of("", "strict=True", "now=datetime.now(timezone.utc)")) + ")");
                    break;
                case 2:
                    out.add(in + "log.debug(\"" + pick(r, VERBS) + " %s for %s\", " + arg + ".id, " + pick(r, NOUNS) + ")");
                    break;
                case 3:
                    out.add(in + pick(r, NOUNS) + " = " + (method ? "self." : "") + pick(r, VERBS) + "_" + pick(r, NOUNS) + "(" + arg + ")");
                    break;
                case 4:
                    out.add(in + "try:");
                    out.add(in + "    result = " + pick(r, NOUNS) + "_store.get(" + arg + ".id)");
                    out.add(in + "except NotFound:");
                    out.add(in + "    log.warning(\"missing %s\", " + arg + ".id)");
                    out.add(in + "    return " + pick(r, List.of("None", "False", "[]", "0")));
                    break;
                case 5:
                    out.add(in + "# " + pick(r, VERBS) + " before " + pick(r, VERBS) + "ing, so the " + pick(r, NOUNS) + " stays consistent");
                    break;
                case 6:
                    out.add(in + "totals = {k: v for k, v in " + arg + ".items() if v > " + r.between(0, 100) + "}");
                    break;
                case 7:
                    out.add("");
                    break;
                case 8:
                    out.add(in + "with " + pick(r, NOUNS) + "_store.transaction():");
                    out.add(in + "    " + pick(r, NOUNS) + "_store.put(" + arg + ")");
                    break;
                default:
                    out.add(in + "count += len(" + arg + "." + pick(r, NOUNS) + "s)");
            }
        }
        out.add(in + "return " + pick(r, List.of("None", "True", "result", "totals", arg, "count")));
    }

    /** A Java class of about {@code lines} lines. */
    static List<String> java(Rng r, String pkg, String name, int lines) {
        List<String> out = new ArrayList<>();
        out.add("package " + pkg + ";");
        out.add("");
        out.add("import java.time.Clock;");
        out.add("import java.time.Instant;");
        out.add("import java.util.ArrayList;");
        out.add("import java.util.List;");
        out.add("import java.util.Map;");
        out.add("import java.util.Optional;");
        out.add("import org.slf4j.Logger;");
        out.add("import org.slf4j.LoggerFactory;");
        out.add("");
        out.add("/** " + cap(pick(r, VERBS)) + "s " + pick(r, NOUNS) + "s for the " + pick(r, NOUNS) + " service. */");
        out.add("public final class " + name + " {");
        out.add("");
        out.add("    private static final Logger log = LoggerFactory.getLogger(" + name + ".class);");
        out.add("    private static final int MAX_BATCH = " + r.between(50, 5000) + ";");
        out.add("");
        out.add("    private final " + cap(pick(r, NOUNS)) + "Repository repository;");
        out.add("    private final Clock clock;");
        out.add("");
        out.add("    public " + name + "(" + cap(pick(r, NOUNS)) + "Repository repository, Clock clock) {");
        out.add("        this.repository = repository;");
        out.add("        this.clock = clock;");
        out.add("    }");
        while (out.size() < lines - 1) {
            String noun = pick(r, NOUNS);
            String type = cap(noun);
            out.add("");
            out.add("    /** " + cap(pick(r, VERBS)) + "s the given " + noun + " and returns the result. */");
            out.add("    public " + pick(r, List.of("List<" + type + ">", "Optional<" + type + ">", "int", "boolean", "void")) + " "
                    + pick(r, VERBS) + type + "(" + type + " " + noun + ", int limit) {");
            int body = r.between(3, 14);
            for (int b = 0; b < body; b++) {
                switch (r.between(0, 7)) {
                    case 0:
                        out.add("        if (" + noun + " == null || limit <= 0) {");
                        out.add("            throw new IllegalArgumentException(\"" + noun + " and a positive limit are required\");");
                        out.add("        }");
                        break;
                    case 1:
                        out.add("        for (" + type + " each : repository.findBy" + cap(pick(r, NOUNS)) + "(" + noun + ".id(), limit)) {");
                        out.add("            each." + pick(r, VERBS) + "(clock.instant());");
                        out.add("        }");
                        break;
                    case 2:
                        out.add("        log.debug(\"" + pick(r, VERBS) + " {} for {}\", " + noun + ".id(), limit);");
                        break;
                    case 3:
                        out.add("        Instant now = clock.instant();");
                        break;
                    case 4:
                        out.add("        // " + pick(r, VERBS) + " first: the " + pick(r, NOUNS) + " must not see a stale " + noun);
                        break;
                    case 5:
                        out.add("        Map<String, Long> totals = repository.totals(" + noun + ".id());");
                        break;
                    case 6:
                        out.add("        List<" + type + "> batch = new ArrayList<>(Math.min(limit, MAX_BATCH));");
                        break;
                    default:
                        out.add("        repository.save(" + noun + ".with" + cap(pick(r, NOUNS)) + "(" + r.between(0, 99) + "));");
                }
            }
            out.add("    }");
        }
        out.add("}");
        return out;
    }

    /** A Go file of about {@code lines} lines. */
    static List<String> go(Rng r, String pkg, int lines) {
        List<String> out = new ArrayList<>();
        out.add("package " + pkg);
        out.add("");
        out.add("import (");
        out.add("\t\"context\"");
        out.add("\t\"errors\"");
        out.add("\t\"fmt\"");
        out.add("\t\"time\"");
        out.add("");
        out.add("\t\"example.com/shop/internal/store\"");
        out.add(")");
        out.add("");
        out.add("// ErrNotFound is returned when a record does not exist.");
        out.add("var ErrNotFound = errors.New(\"" + pkg + ": not found\")");
        while (out.size() < lines) {
            String noun = pick(r, NOUNS);
            String type = cap(noun);
            out.add("");
            if (r.chance(0.3)) {
                out.add("// " + type + " is a " + noun + " as the store keeps it.");
                out.add("type " + type + " struct {");
                int f = r.between(2, 6);
                for (int i = 0; i < f; i++) {
                    String fn = cap(pick(r, NOUNS));
                    out.add("\t" + fn + " " + pick(r, List.of("string", "int64", "time.Time", "[]string", "*" + cap(pick(r, NOUNS)))) + " `json:\"" + fn.toLowerCase(java.util.Locale.ROOT) + "\"`");
                }
                out.add("}");
                continue;
            }
            out.add("// " + cap(pick(r, VERBS)) + type + " " + pick(r, VERBS) + "s a " + noun + " and reports what changed.");
            out.add("func (s *Service) " + cap(pick(r, VERBS)) + type + "(ctx context.Context, id string) (*" + type + ", error) {");
            int body = r.between(3, 12);
            for (int b = 0; b < body; b++) {
                switch (r.between(0, 5)) {
                    case 0:
                        out.add("\t" + noun + ", err := s.store.Get" + type + "(ctx, id)");
                        out.add("\tif err != nil {");
                        out.add("\t\tif errors.Is(err, store.ErrNoRows) {");
                        out.add("\t\t\treturn nil, ErrNotFound");
                        out.add("\t\t}");
                        out.add("\t\treturn nil, fmt.Errorf(\"get " + noun + " %s: %w\", id, err)");
                        out.add("\t}");
                        break;
                    case 1:
                        out.add("\tctx, cancel := context.WithTimeout(ctx, " + r.between(1, 30) + "*time.Second)");
                        out.add("\tdefer cancel()");
                        break;
                    case 2:
                        out.add("\ts.log.Debug(\"" + pick(r, VERBS) + " " + noun + "\", \"id\", id)");
                        break;
                    case 3:
                        out.add("\tfor _, item := range s.pending[id] {");
                        out.add("\t\titem.Attempts++");
                        out.add("\t}");
                        break;
                    case 4:
                        out.add("\t// " + pick(r, VERBS) + " under the lock: " + pick(r, NOUNS) + "s are shared");
                        out.add("\ts.mu.Lock()");
                        out.add("\tdefer s.mu.Unlock()");
                        break;
                    default:
                        out.add("\ts.metrics." + cap(pick(r, VERBS)) + "Total.Inc()");
                }
            }
            out.add("\treturn &" + type + "{}, nil");
            out.add("}");
        }
        return out;
    }

    static String pick(Rng r, List<String> items) {
        return r.pick(items);
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
