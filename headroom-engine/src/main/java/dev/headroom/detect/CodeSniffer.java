package dev.headroom.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises source code and names its language ({@code java}, {@code python}, {@code javascript},
 * {@code typescript}, {@code go}, {@code rust}, {@code c}, {@code cpp}) by scoring lines against
 * weighted, language-specific patterns. TypeScript and C++ are scored as JavaScript and C plus the
 * constructs only they have, so the superset language wins only on its own evidence.
 */
final class CodeSniffer {

    /** Minimum score of the winning family, and minimum score per non-blank sampled line. */
    static final int MIN_SCORE = 6;
    static final double MIN_DENSITY = 0.12;

    private enum Family { JAVA, PYTHON, JS, GO, RUST, C }

    private record Rule(Family family, boolean extra, int weight, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            rule(Family.JAVA, 3, "^package [\\w.]+;\\s*$"),
            rule(Family.JAVA, 3, "^import (?:static )?[\\w.]+(?:\\.\\*)?;\\s*$"),
            rule(Family.JAVA, 3, "^\\s*(?:(?:public|private|protected|static|final|abstract|sealed)\\s+)+(?:class|interface|enum|record)\\s+\\w+.*"),
            rule(Family.JAVA, 2, ".*@(?:Override|Test|Autowired|Nullable|FunctionalInterface|Deprecated)\\b.*"),
            rule(Family.JAVA, 2, ".*\\bSystem\\.(?:out|err)\\.print.*"),
            rule(Family.JAVA, 2, "^\\s*(?:(?:public|private|protected)\\s+)(?:(?:static|final|synchronized|abstract)\\s+)*[\\w<>\\[\\], ?]+\\s+\\w+\\s*\\([^)]*\\)?\\s*(?:throws [\\w., ]+)?\\{?\\s*$"),
            rule(Family.JAVA, 1, ".*\\b(?:String\\[]|List<\\w+>|Map<\\w+, ?\\w+>|final [A-Z]\\w* \\w+ =).*"),
            rule(Family.PYTHON, 3, "^\\s*(?:async )?def \\w+\\(.*\\)\\s*(?:->\\s*[^:]+)?:\\s*(?:#.*)?$"),
            rule(Family.PYTHON, 3, "^\\s*class \\w+(?:\\(.*\\))?:\\s*$"),
            rule(Family.PYTHON, 2, "^(?:from [\\w.]+ import [\\w, *()]+|import [\\w.]+(?: as \\w+)?(?:, [\\w.]+)*)\\s*$"),
            rule(Family.PYTHON, 2, "^\\s*(?:elif\\b.*|else|try|finally|except\\b.*|with .*|if [^{;]*|for [^{;]* in [^{;]*|while [^{;]*):\\s*(?:#.*)?$"),
            rule(Family.PYTHON, 2, ".*\\b(?:self\\.\\w+|__init__|__name__|__main__)\\b.*"),
            rule(Family.PYTHON, 1, ".*(?:\\bNone\\b|\\bTrue\\b|\\bFalse\\b|^\\s*(?:\"\"\"|''').*|\\bprint\\(|\\braise \\w+|\\bf\"|\\blambda \\w*:).*"),
            rule(Family.JS, 2, "^\\s*(?:export )?(?:const|let|var) [\\w{}\\[\\], ]+ = .*"),
            rule(Family.JS, 2, ".*(?:\\bfunction\\s*\\w*\\s*\\(|=>\\s*[{(]?).*"),
            rule(Family.JS, 3, ".*(?:\\bconsole\\.\\w+\\(|\\brequire\\(['\"]|\\bmodule\\.exports\\b|\\bdocument\\.\\w+|\\bwindow\\.\\w+).*"),
            rule(Family.JS, 3, "^\\s*import (?:[\\w{}*, ]+ from )?['\"][^'\"]+['\"];?\\s*$"),
            rule(Family.JS, 2, "^\\s*export (?:default |async |function |class |const |\\{).*"),
            rule(Family.JS, 1, ".*(?:===|!==|\\bawait\\b|\\bundefined\\b|\\bthis\\.\\w+).*"),
            extra(Family.JS, 3, "^\\s*(?:export )?(?:interface \\w+(?:<.*>)? (?:extends .*)?\\{|type \\w+(?:<.*>)? = .*|enum \\w+ \\{|declare .*|abstract class .*)\\s*$"),
            extra(Family.JS, 2, ".*(?:\\w\\??: (?:string|number|boolean|any|void|unknown|never|Promise<|Record<|Array<)|\\bimport type\\b|\\bas const\\b|\\breadonly \\w+|\\b(?:private|public|protected) (?:readonly )?\\w+[?]?:).*"),
            extra(Family.JS, 1, ".*\\): (?:\\w+(?:<.*>)?(?:\\[])?) (?:=>|\\{).*"),
            rule(Family.GO, 3, "^package \\w+\\s*$"),
            rule(Family.GO, 3, "^func (?:\\(\\w+ \\*?[\\w.]+(?:\\[.*])?\\) )?\\w+(?:\\[.*])?\\(.*"),
            rule(Family.GO, 2, "^import (?:\\(|\"[\\w./-]+\")\\s*$"),
            rule(Family.GO, 2, ".*\\b\\w+(?:, \\w+)* := .*"),
            rule(Family.GO, 3, ".*\\b(?:if err != nil|fmt\\.\\w+\\(|go func\\(|chan \\w+|defer \\w+).*"),
            rule(Family.GO, 3, "^type \\w+ (?:struct|interface) \\{\\s*$"),
            rule(Family.RUST, 3, "^\\s*(?:pub(?:\\([\\w ]+\\))? )?(?:const )?(?:async )?(?:unsafe )?fn \\w+(?:<.*>)?\\(.*"),
            rule(Family.RUST, 3, "^\\s*(?:pub )?use [\\w:]+(?:::\\{.*}|::\\*)?;\\s*$"),
            rule(Family.RUST, 3, "^\\s*#!?\\[(?:derive|test|cfg|allow|tokio|inline|must_use|serde)\\b.*"),
            rule(Family.RUST, 2, ".*\\blet (?:mut )?\\w+(?:: [\\w<>&]+)? = .*;\\s*$|.*\\blet mut \\w+.*"),
            rule(Family.RUST, 2, "^\\s*impl(?:<.*>)? [\\w:<>]+(?: for [\\w:<>]+)? \\{\\s*$"),
            rule(Family.RUST, 2, ".*\\b(?:println|eprintln|format|vec|assert_eq|assert|panic|write|writeln|matches)!\\(.*"),
            rule(Family.RUST, 2, "^\\s*(?:pub (?:struct|enum|trait|mod)|trait|mod|match) .*"),
            rule(Family.RUST, 1, ".*(?:&self|&mut self|Option<|Result<|Some\\(|Ok\\(|Err\\(|-> [\\w&<>]+ \\{|\\.unwrap\\(\\)).*"),
            rule(Family.C, 3, "^#include <[\\w/]+\\.h>.*"),
            rule(Family.C, 2, "^#(?:include \"[\\w/.]+\"|define \\w+|ifndef \\w+|ifdef \\w+|endif|pragma \\w+|if defined).*"),
            rule(Family.C, 2, ".*\\b(?:printf|fprintf|sprintf|snprintf|malloc|calloc|realloc|free|memcpy|memset|strlen|strcmp|sizeof)\\s*\\(.*"),
            rule(Family.C, 2, "^(?:static |extern |inline )*(?:const )?(?:int|void|char|long|short|unsigned|double|float|size_t|bool|struct \\w+|[a-z_]+_t)\\s*\\**\\s*\\w+\\s*\\([^;]*\\)\\s*\\{?\\s*$"),
            rule(Family.C, 2, "^\\s*typedef .*|.*\\bNULL\\b.*|.*\\w->\\w.*"),
            extra(Family.C, 3, "^#include <(?:iostream|vector|string|memory|map|unordered_map|set|algorithm|functional|utility|thread|mutex|cstdio|cstdlib|cstring|sstream|fstream|optional|array|cstdint|chrono)>.*"),
            extra(Family.C, 3, ".*\\bstd::\\w+.*"),
            extra(Family.C, 2, "^\\s*(?:namespace \\w+.*|using namespace \\w+;.*|template\\s*<.*|(?:public|private|protected):\\s*)$"),
            extra(Family.C, 2, ".*\\b(?:nullptr|cout|cerr|endl|virtual|override|constexpr|noexcept)\\b.*|.*\\bauto&? \\w+ = .*|.*\\bclass \\w+ (?:final )?: (?:public|private) .*"));

    private static final Pattern PROSE = Pattern.compile("^\\s*[A-Z\"'(][^;{}=<>]*[.!?:]\\s*$");

    private CodeSniffer() {}

    /** The detected language, or null when the sample is not source code. */
    static String language(List<String> lines, int nonBlank) {
        int[] score = new int[Family.values().length];
        int[] extra = new int[Family.values().length];
        int prose = 0;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            if (PROSE.matcher(l).matches() && l.split(" ").length >= 6) {
                prose++;
            }
            for (Rule r : RULES) {
                if (r.pattern.matcher(l).matches()) {
                    if (r.extra) {
                        extra[r.family.ordinal()] += r.weight;
                    } else {
                        score[r.family.ordinal()] += r.weight;
                    }
                }
            }
        }
        Family best = null;
        int bestScore = 0;
        for (Family f : Family.values()) {
            int s = score[f.ordinal()] + extra[f.ordinal()];
            if (s > bestScore) {
                best = f;
                bestScore = s;
            }
        }
        if (best == null || bestScore < MIN_SCORE || bestScore < MIN_DENSITY * nonBlank || prose * 2 > nonBlank) {
            return null;
        }
        int own = extra[best.ordinal()];
        switch (best) {
            case JAVA:
                return "java";
            case PYTHON:
                return "python";
            case JS:
                return own >= 3 ? "typescript" : "javascript";
            case GO:
                return "go";
            case RUST:
                return "rust";
            default:
                return own >= 3 ? "cpp" : "c";
        }
    }

    private static Rule rule(Family f, int weight, String regex) {
        return new Rule(f, false, weight, Pattern.compile(regex));
    }

    private static Rule extra(Family f, int weight, String regex) {
        return new Rule(f, true, weight, Pattern.compile(regex));
    }
}
