package dev.headroom.bench.probe;

import java.util.ArrayDeque;
import java.util.Deque;

/** Checks that (), [] and {} nest properly outside string literals and comments of C-like and Python code. */
final class Brackets {

    private Brackets() {}

    static boolean balanced(String code) {
        Deque<Character> stack = new ArrayDeque<>();
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/' || c == '#') {
                int nl = code.indexOf('\n', i);
                i = nl < 0 ? n : nl;
                continue;
            }
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = skipString(code, i, c);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                stack.push(c);
            } else if (c == ')' || c == ']' || c == '}') {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (stack.isEmpty() || stack.pop() != open) {
                    return false;
                }
            }
            i++;
        }
        return stack.isEmpty();
    }

    /** Index after the literal opened at {@code start}; a literal never spans a line. */
    private static int skipString(String code, int start, char quote) {
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
