package dev.headroom.compress.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names files compactly with their hit counts: {@code src/a/ (A.java 3, B.java 7), lib/C.java (1)};
 * files sharing a directory are listed once under it, in first-seen order.
 */
final class FileList {

    private FileList() {}

    static String render(List<FileHits> files, boolean countLines) {
        Map<String, List<FileHits>> byDir = new LinkedHashMap<>();
        for (FileHits f : files) {
            byDir.computeIfAbsent(dir(f.path), d -> new ArrayList<>()).add(f);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<FileHits>> e : byDir.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            List<FileHits> group = e.getValue();
            if (group.size() == 1 || e.getKey().isEmpty()) {
                for (int i = 0; i < group.size(); i++) {
                    FileHits f = group.get(i);
                    sb.append(i > 0 ? ", " : "").append(f.path).append(" (").append(count(f, countLines)).append(')');
                }
                continue;
            }
            sb.append(e.getKey()).append(" (");
            for (int i = 0; i < group.size(); i++) {
                FileHits f = group.get(i);
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(f.path.substring(e.getKey().length())).append(' ').append(count(f, countLines));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static int count(FileHits f, boolean countLines) {
        return countLines ? f.hits.size() : f.matches;
    }

    private static String dir(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}
