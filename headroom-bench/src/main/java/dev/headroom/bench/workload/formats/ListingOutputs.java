package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** File-system listings: {@code ls -l}, {@code ls -la} of a big directory, {@code find .}, {@code df -h}. */
final class ListingOutputs {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 14, 9, 12);
    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ENGLISH);

    private ListingOutputs() {}

    static List<FormatSample> all(long seed) {
        return List.of(lsLong(new Rng(seed + 11)), lsLongAllLibDir(new Rng(seed + 12)), findDot(new Rng(seed + 13)), dfHuman(new Rng(seed + 14)));
    }

    /** One entry of an {@code ls -l} listing and the template its line has. */
    private record Entry(String name, String mode, int links, String owner, String group, long size, LocalDateTime mtime, String target,
            String template) {}

    /** {@code ls -l /srv/exports}: daily exports, manifests, archive folders, a script and a symlink. */
    static FormatSample lsLong(Rng r) {
        List<Entry> entries = new ArrayList<>();
        LocalDate day = LocalDate.of(2023, 9, 20);
        while (!day.isAfter(NOW.toLocalDate())) {
            String d = day.toString().replace("-", "");
            LocalDateTime t = day.atTime(2, r.between(5, 40));
            entries.add(new Entry("orders-" + d + ".csv.gz", "-rw-r--r--", 1, "deploy", "deploy", r.between(30_000_000, 60_000_000), t, null, "file"));
            entries.add(new Entry("orders-" + d + ".manifest.json", "-rw-r--r--", 1, "deploy", "deploy", r.between(300, 420), t, null, "file"));
            day = day.plusDays(1);
        }
        for (String q : List.of("2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3")) {
            LocalDateTime t = LocalDate.parse(q.substring(0, 4) + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(q.substring(6)) * 3) + "-28").atTime(3, 0);
            entries.add(new Entry("archive-" + q, "drwxr-xr-x", 2, "deploy", "deploy", 4096, t, null, "dir"));
        }
        entries.add(new Entry("export.sh", "-rwxr-xr-x", 1, "deploy", "deploy", 2873, LocalDateTime.of(2023, 6, 2, 14, 31), null, "exec-file"));
        entries.add(new Entry("README.md", "-rw-r--r--", 1, "deploy", "deploy", 1190, LocalDateTime.of(2022, 11, 8, 10, 4), null, "file"));
        entries.add(new Entry("latest", "lrwxrwxrwx", 1, "deploy", "deploy", 22, NOW.withHour(2).withMinute(41), "orders-20240314.csv.gz", "symlink"));
        entries.add(new Entry("orders-20240229.csv.gz.partial", "-rw-r--r--", 1, "deploy", "deploy", 0, LocalDateTime.of(2024, 3, 1, 2, 40), null, "file"));
        entries.add(new Entry("orders-20240305.csv.gz.tmp", "-rw-------", 1, "root", "root", 17_301_504, LocalDateTime.of(2024, 3, 5, 2, 39), null, "root-file"));
        TreeMap<String, Entry> sorted = new TreeMap<>();
        for (Entry e : entries) {
            sorted.put(e.name, e);
        }
        SampleBuilder b = new SampleBuilder();
        long blocks = 0;
        for (Entry e : sorted.values()) {
            blocks += (e.size + 4095) / 4096 * 4;
        }
        b.line("total", "total " + blocks);
        List<String[]> rows = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        for (Entry e : sorted.values()) {
            boolean old = e.mtime.isBefore(NOW.minusMonths(6));
            rows.add(new String[] {e.mode, Integer.toString(e.links), e.owner, e.group, Long.toString(e.size),
                    (old ? OLD : RECENT).format(e.mtime) + " " + e.name + (e.target == null ? "" : " -> " + e.target)});
            templates.add(e.template + (old ? "-old-date" : ""));
        }
        List<String> lines = Columns.layout(rows, "LRLLRL", 1);
        for (int i = 0; i < lines.size(); i++) {
            b.line(templates.get(i), lines.get(i));
            if (lines.get(i).endsWith("orders-20240229.csv.gz.partial") || lines.get(i).endsWith(".tmp")) {
                b.anomaly("anomaly " + (lines.get(i).endsWith(".tmp") ? "root-owned temporary export" : "empty partial export"), lines.get(i));
            }
        }
        return b.build("ls-l", Family.COMMAND, Route.LINE_ORIENTED);
    }

    /** {@code ls -la /usr/lib/x86_64-linux-gnu}: shared libraries with their version symlinks, static archives, folders. */
    static FormatSample lsLongAllLibDir(Rng r) {
        List<String> stems = new ArrayList<>();
        List<String> a = List.of("ssl", "crypto", "z", "bz2", "lzma", "zstd", "xml2", "xslt", "curl", "nghttp2", "idn2", "unistring", "ffi",
                "gmp", "mpfr", "pcre2-8", "pcre2-16", "sqlite3", "pq", "mysqlclient", "ldap", "lber", "sasl2", "krb5", "gssapi_krb5", "k5crypto",
                "com_err", "keyutils", "uuid", "blkid", "mount", "smartcols", "fdisk", "systemd", "udev", "dbus-1", "glib-2.0", "gobject-2.0",
                "gio-2.0", "gmodule-2.0", "gthread-2.0", "harfbuzz", "freetype", "fontconfig", "png16", "jpeg", "tiff", "webp", "gif", "cairo",
                "pixman-1", "X11", "Xext", "Xrender", "xcb", "Xau", "Xdmcp", "drm", "GL", "EGL", "gbm", "wayland-client", "wayland-server",
                "asound", "pulse", "ogg", "vorbis", "FLAC", "opus", "mp3lame", "avcodec", "avformat", "avutil", "swscale", "swresample",
                "icuuc", "icui18n", "icudata", "stdc++", "gcc_s", "atomic", "gomp", "quadmath", "gfortran", "ncursesw", "tinfo", "readline",
                "history", "edit", "event-2.1", "ev", "uv", "yaml-0", "jansson", "json-c", "protobuf", "protobuf-c", "grpc", "re2", "snappy",
                "lz4", "brotlidec", "brotlienc", "brotlicommon", "gnutls", "nettle", "hogweed", "p11-kit", "tasn1", "gcrypt", "gpg-error",
                "assuan", "ksba", "npth", "seccomp", "cap", "cap-ng", "acl", "attr", "selinux", "sepol", "apparmor", "audit", "pam", "pam_misc",
                "crypt", "nsl", "tirpc", "resolv", "nss_systemd", "magic", "archive", "elf", "dw", "unwind", "zmq", "sodium", "pgm", "norm");
        for (String s : a) {
            stems.add(s);
        }
        TreeMap<String, String[]> rows = new TreeMap<>();
        TreeMap<String, String> templates = new TreeMap<>();
        for (String s : stems) {
            int major = r.between(0, 9);
            String ver = major + "." + r.between(0, 40) + "." + r.between(0, 20);
            String full = "lib" + s + ".so." + ver;
            LocalDateTime t = date(r);
            long size = r.between(14_000, 9_000_000);
            rows.put(full, new String[] {"-rw-r--r--", "1", "root", "root", Long.toString(size), stamp(t) + " " + full});
            templates.put(full, "library-file");
            String soname = "lib" + s + ".so." + major;
            rows.put(soname, new String[] {"lrwxrwxrwx", "1", "root", "root", Integer.toString(full.length()), stamp(t) + " " + soname + " -> " + full});
            templates.put(soname, "symlink");
            if (r.chance(0.5)) {
                String dev = "lib" + s + ".so";
                rows.put(dev, new String[] {"lrwxrwxrwx", "1", "root", "root", Integer.toString(soname.length()), stamp(t) + " " + dev + " -> " + soname});
                templates.put(dev, "symlink");
            }
            if (r.chance(0.35)) {
                String st = "lib" + s + ".a";
                rows.put(st, new String[] {"-rw-r--r--", "1", "root", "root", Long.toString(size * 2 + r.between(100, 9999)), stamp(t) + " " + st});
                templates.put(st, "library-file");
            }
            if (r.chance(0.2)) {
                String dir = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-plugins";
                rows.put(dir, new String[] {"drwxr-xr-x", Integer.toString(r.between(2, 6)), "root", "root", "4096", stamp(t) + " " + dir});
                templates.put(dir, "dir");
            }
        }
        while (rows.size() < 800) {
            String s = stems.get(r.below(stems.size())) + "-" + "abcdefghijklmnopqrstuvwxyz".charAt(r.below(26)) + r.between(1, 99);
            String full = "lib" + s + ".so." + r.between(0, 9) + "." + r.between(0, 40) + "." + r.between(0, 9);
            LocalDateTime t = date(r);
            rows.put(full, new String[] {"-rw-r--r--", "1", "root", "root", Integer.toString(r.between(14_000, 3_000_000)), stamp(t) + " " + full});
            templates.put(full, "library-file");
        }
        String anomaly = "libcrypto.so.3.0.13.bak";
        rows.put(anomaly, new String[] {"-rwxrwxrwx", "1", "1001", "1001", "4451616", stamp(LocalDateTime.of(2024, 3, 13, 23, 58)) + " " + anomaly});
        templates.put(anomaly, "world-writable-file");
        SampleBuilder b = new SampleBuilder();
        b.line("total", "total " + (rows.size() * 37 + r.between(0, 999)));
        List<String[]> all = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        all.add(new String[] {"drwxr-xr-x", "117", "root", "root", "69632", stamp(LocalDateTime.of(2024, 3, 12, 6, 25)) + " ."});
        ids.add("dot-dir");
        all.add(new String[] {"drwxr-xr-x", "14", "root", "root", "4096", stamp(LocalDateTime.of(2023, 10, 2, 11, 40)) + " .."});
        ids.add("dot-dir");
        for (String name : rows.keySet()) {
            all.add(rows.get(name));
            ids.add(templates.get(name));
        }
        List<String> lines = Columns.layout(all, "LRLLRL", 1);
        for (int i = 0; i < lines.size(); i++) {
            b.line(ids.get(i), lines.get(i));
            if (lines.get(i).endsWith(anomaly)) {
                b.anomaly("anomaly world-writable library backup", lines.get(i));
            }
        }
        return b.build("ls-la-lib-dir", Family.COMMAND, Route.LINE_ORIENTED);
    }

    private static LocalDateTime date(Rng r) {
        return LocalDateTime.of(2023, 1, 1, 0, 0).plusDays(r.between(0, 430)).plusMinutes(r.between(0, 1439));
    }

    private static String stamp(LocalDateTime t) {
        return (t.isBefore(NOW.minusMonths(6)) ? OLD : RECENT).format(t);
    }

    /** {@code find .} in a monorepo checkout, with a few unreadable folders. */
    static FormatSample findDot(Rng r) {
        SampleBuilder b = new SampleBuilder();
        b.line("dir", ".");
        List<String> services = List.of("api", "billing", "catalog", "checkout", "notifications", "search");
        for (String svc : services) {
            String root = "./services/" + svc;
            b.line("dir", root);
            b.line("file-config", root + "/Dockerfile");
            b.line("file-config", root + "/pom.xml");
            b.line("file-doc", root + "/README.md");
            String pkg = root + "/src/main/java/com/example/shop/" + svc;
            b.line("dir", root + "/src");
            b.line("dir", root + "/src/main");
            b.line("dir", root + "/src/main/java");
            b.line("dir", pkg);
            for (String sub : List.of("api", "domain", "persistence", "config", "events")) {
                b.line("dir", pkg + "/" + sub);
                int n = r.between(6, 22);
                for (int i = 0; i < n; i++) {
                    b.line("file-java", pkg + "/" + sub + "/" + SourceCode.cap(SourceCode.pick(r, List.of("Order", "Invoice", "Customer", "Payment", "Refund", "Ledger", "Quota", "Report", "Event", "Rule")))
                            + SourceCode.pick(r, List.of("Controller", "Service", "Repository", "Mapper", "Config", "Listener", "Dto", "Entity", "Exception", "Validator")) + ".java");
                }
            }
            b.line("dir", root + "/src/main/resources");
            b.line("file-config", root + "/src/main/resources/application.yaml");
            b.line("dir", root + "/src/main/resources/db/migration");
            int migrations = r.between(5, 30);
            for (int i = 1; i <= migrations; i++) {
                b.line("file-sql", root + "/src/main/resources/db/migration/V" + i + "__" + SourceCode.pick(r, List.of("create", "add", "drop", "alter", "index")) + "_"
                        + SourceCode.pick(r, List.of("orders", "invoices", "customers", "payments", "ledger")) + ".sql");
            }
            String test = root + "/src/test/java/com/example/shop/" + svc;
            b.line("dir", root + "/src/test/java/com/example/shop/" + svc);
            int tests = r.between(8, 30);
            for (int i = 0; i < tests; i++) {
                b.line("file-java", test + "/" + SourceCode.cap(SourceCode.pick(r, List.of("Order", "Invoice", "Customer", "Payment", "Refund"))) + SourceCode.pick(r, List.of("Service", "Controller", "Repository", "Mapper")) + "Test.java");
            }
            b.line("dir", root + "/target");
            int classes = r.between(10, 40);
            for (int i = 0; i < classes; i++) {
                b.line("file-class", root + "/target/classes/com/example/shop/" + svc + "/" + SourceCode.cap(SourceCode.pick(r, List.of("Order", "Invoice", "Customer", "Payment"))) + SourceCode.pick(r, List.of("Service", "Controller", "Mapper")) + (r.chance(0.3) ? "$" + r.between(1, 3) : "") + ".class");
            }
        }
        b.line("dir", "./web");
        b.line("file-config", "./web/package.json");
        b.line("file-config", "./web/tsconfig.json");
        b.line("dir", "./web/src");
        for (String area : List.of("components", "pages", "hooks", "api", "styles")) {
            b.line("dir", "./web/src/" + area);
            int n = r.between(10, 40);
            for (int i = 0; i < n; i++) {
                String name = SourceCode.cap(SourceCode.pick(r, List.of("cart", "checkout", "product", "search", "account", "order", "banner", "footer", "header", "price")))
                        + SourceCode.cap(SourceCode.pick(r, List.of("list", "card", "view", "form", "modal", "badge", "grid")));
                b.line(area.equals("styles") ? "file-css" : "file-ts", "./web/src/" + area + "/" + (area.equals("hooks") ? "use" : "") + name + (area.equals("styles") ? ".module.css" : ".tsx"));
            }
        }
        b.line("dir", "./web/node_modules");
        b.line("error", "find: './web/node_modules/.cache/puppeteer': Permission denied").error("error");
        b.line("dir", "./infra");
        for (String env : List.of("dev", "staging", "prod")) {
            b.line("dir", "./infra/" + env);
            for (String f : List.of("main.tf", "variables.tf", "outputs.tf", "terraform.tfvars", "backend.tf")) {
                b.line("file-config", "./infra/" + env + "/" + f);
            }
        }
        String anomaly = "./infra/prod/.terraform/terraform.tfstate.backup";
        b.line("file-config", anomaly).anomaly("anomaly terraform state backup in the tree", anomaly);
        b.line("error", "find: './infra/prod/.secrets': Permission denied");
        b.line("dir", "./.github");
        b.line("dir", "./.github/workflows");
        for (String wf : List.of("ci.yaml", "release.yaml", "codeql.yaml", "deploy-prod.yaml")) {
            b.line("file-config", "./.github/workflows/" + wf);
        }
        return b.build("find-dot", Family.COMMAND, Route.LINE_ORIENTED);
    }

    /** {@code df -h} on a Kubernetes node: real disks, container overlays, pod tmpfs and shm mounts. */
    static FormatSample dfHuman(Rng r) {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        rows.add(new String[] {"Filesystem", "Size", "Used", "Avail", "Use%", "Mounted on"});
        ids.add("header");
        rows.add(new String[] {"/dev/root", "97G", "61G", "36G", "63%", "/"});
        ids.add("disk");
        rows.add(new String[] {"tmpfs", "32G", "0", "32G", "0%", "/dev/shm"});
        ids.add("tmpfs");
        rows.add(new String[] {"tmpfs", "13G", "4.1M", "13G", "1%", "/run"});
        ids.add("tmpfs");
        rows.add(new String[] {"tmpfs", "5.0M", "0", "5.0M", "0%", "/run/lock"});
        ids.add("tmpfs");
        rows.add(new String[] {"/dev/nvme0n1p15", "105M", "6.1M", "99M", "6%", "/boot/efi"});
        ids.add("disk");
        rows.add(new String[] {"/dev/nvme1n1", "492G", "478G", "14G", "98%", "/var/lib/containerd"});
        ids.add("disk");
        while (rows.size() < 330) {
            String sandbox = r.hex(64);
            switch (r.between(0, 2)) {
                case 0:
                    rows.add(new String[] {"overlay", "492G", "478G", "14G", "98%", "/run/containerd/io.containerd.runtime.v2.task/k8s.io/" + sandbox + "/rootfs"});
                    ids.add("overlay");
                    break;
                case 1:
                    rows.add(new String[] {"shm", "64M", "0", "64M", "0%", "/run/containerd/io.containerd.grpc.v1.cri/sandboxes/" + sandbox + "/shm"});
                    ids.add("shm");
                    break;
                default:
                    String uid = r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12);
                    rows.add(new String[] {"tmpfs", r.pick(List.of("170M", "1.0G", "15G", "64G")), r.pick(List.of("12K", "16K", "24K")), r.pick(List.of("170M", "1.0G", "15G", "64G")), "1%",
                            "/var/lib/kubelet/pods/" + uid + "/volumes/kubernetes.io~" + r.pick(List.of("projected/kube-api-access-", "secret/tls-", "secret/token-")) + r.hex(5).replaceAll("[0-9]", "x")});
                    ids.add("tmpfs");
            }
        }
        rows.add(new String[] {"tmpfs", "6.3G", "4.0K", "6.3G", "1%", "/run/user/1000"});
        ids.add("tmpfs");
        List<String> lines = Columns.layout(rows, "LRRRRL", 1);
        SampleBuilder b = new SampleBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.line(ids.get(i), lines.get(i));
            if (lines.get(i).endsWith("/var/lib/containerd")) {
                b.anomaly("anomaly disk nearly full", lines.get(i));
            }
        }
        return b.build("df-h", Family.COMMAND, Route.LINE_ORIENTED);
    }
}
