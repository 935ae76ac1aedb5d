package dev.headroom.mcp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names under which the gateway offers its downstream servers' tools (and prompts). A name
 * offered by exactly one server, and not reserved by the gateway itself, stays as it is. A name
 * offered by two or more servers, or equal to a reserved name ({@code headroom_retrieve}), is offered
 * by every one of those servers as {@code <server>__<name>}, where {@code <server>} is the server's
 * configured name with every character outside {@code [A-Za-z0-9_-]} replaced by {@code _}; should
 * that still clash, {@code _2}, {@code _3}, ... follow. Servers are taken in configuration order, so
 * the same configuration and the same downstream lists always give the same names.
 */
final class ExposedNames {

    static final String SEPARATOR = "__";

    private ExposedNames() {}

    /**
     * The exposed name of each (server, name) pair, in input order. A server that lists a name twice
     * keeps its first; the repeat is left out of the result.
     *
     * @param namesByServer each server's names, in configuration order
     * @param reserved names the gateway offers itself
     */
    static Map<Owned, String> assign(Map<String, List<String>> namesByServer, Set<String> reserved) {
        Map<String, Integer> offeredBy = new HashMap<>();
        for (List<String> names : namesByServer.values()) {
            for (String n : new HashSet<>(names)) {
                offeredBy.merge(n, 1, Integer::sum);
            }
        }
        Set<String> taken = new HashSet<>(reserved);
        Map<Owned, String> out = new LinkedHashMap<>();
        // names that stay as they are are taken first, so a prefixed name can never push one of them aside
        namesByServer.forEach((server, names) -> {
            for (String n : names) {
                if (offeredBy.get(n) == 1 && !reserved.contains(n)) {
                    taken.add(n);
                }
            }
        });
        namesByServer.forEach((server, names) -> {
            for (String n : names) {
                Owned key = new Owned(server, n);
                if (out.containsKey(key)) {
                    continue;
                }
                if (offeredBy.get(n) == 1 && !reserved.contains(n)) {
                    out.put(key, n);
                    continue;
                }
                String base = sanitize(server) + SEPARATOR + n;
                String candidate = base;
                for (int i = 2; taken.contains(candidate); i++) {
                    candidate = base + "_" + i;
                }
                taken.add(candidate);
                out.put(key, candidate);
            }
        });
        return out;
    }

    static String sanitize(String serverName) {
        StringBuilder sb = new StringBuilder(serverName.length());
        for (int i = 0; i < serverName.length(); i++) {
            char c = serverName.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }

    /** A name as one server offers it. */
    record Owned(String server, String name) {}
}
