package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.util.ArrayList;
import java.util.List;

/** Process and service tables: {@code ps aux}, {@code kubectl get pods -A}, {@code docker ps -a}, {@code netstat -tulpn}, {@code ss -tanp}. */
final class ProcessOutputs {

    private ProcessOutputs() {}

    static List<FormatSample> all(long seed) {
        return List.of(psAux(new Rng(seed + 21)), kubectlGetPods(new Rng(seed + 22)), dockerPsAll(new Rng(seed + 23)),
                netstatListening(new Rng(seed + 24)), ssAllTcp(new Rng(seed + 25)));
    }

    /** A table whose rows carry a template and may be an anomaly. */
    private static final class Rows {
        final List<String[]> cells = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        final List<String> anomalies = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        /** A line printed above the table, not part of its columns (null: none). */
        String banner;

        void add(String id, String... row) {
            cells.add(row);
            ids.add(id);
            anomalies.add(null);
        }

        void anomaly(String label, String id, String... row) {
            add(id, row);
            anomalies.set(anomalies.size() - 1, label);
        }

        FormatSample build(String name, String aligns, int gap) {
            return build(name, Columns.layout(cells, aligns, gap));
        }

        /** The rows through a fixed-width format, as tools with set column widths print them (trailing blanks trimmed). */
        FormatSample buildFixed(String name, String format) {
            List<String> lines = new ArrayList<>();
            for (String[] row : cells) {
                lines.add(String.format(java.util.Locale.ROOT, format, (Object[]) row).stripTrailing());
            }
            return build(name, lines);
        }

        private FormatSample build(String name, List<String> lines) {
            SampleBuilder b = new SampleBuilder();
            if (banner != null) {
                b.line("banner", banner);
            }
            for (int i = 0; i < lines.size(); i++) {
                b.line(ids.get(i), lines.get(i));
                if (anomalies.get(i) != null) {
                    b.anomaly("anomaly " + anomalies.get(i), lines.get(i));
                }
            }
            for (String e : errors) {
                b.error(e);
            }
            return b.build(name, Family.COMMAND, Route.LINE_ORIENTED);
        }
    }

    /** {@code ps aux} on a database and application host. */
    static FormatSample psAux(Rng r) {
        Rows t = new Rows();
        t.add("header", "USER", "PID", "%CPU", "%MEM", "VSZ", "RSS", "TTY", "STAT", "START", "TIME", "COMMAND");
        t.add("init", "root", "1", "0.0", "0.0", "167744", "13120", "?", "Ss", "Feb27", "1:42", "/sbin/init");
        t.add("kthreadd", "root", "2", "0.0", "0.0", "0", "0", "?", "S", "Feb27", "0:00", "[kthreadd]");
        int pid = 3;
        for (int i = 0; i < 140; i++) {
            pid += r.between(1, 4);
            String name = r.pick(List.of("kworker/" + r.between(0, 15) + ":" + r.between(0, 3) + r.pick(List.of("", "H", "-events", "-kblockd", "-mm_percpu_wq")),
                    "ksoftirqd/" + r.between(0, 15), "migration/" + r.between(0, 15), "cpuhp/" + r.between(0, 15), "rcu_" + r.pick(List.of("gp", "par_gp", "tasks_kthread")),
                    "irq/" + r.between(24, 180) + "-nvme" + r.between(0, 1) + "q" + r.between(0, 15), "jbd2/nvme0n1p" + r.between(1, 3) + "-8", "xfs-" + r.pick(List.of("buf", "conv", "cil", "reclaim")) + "/nvme1n1"));
            t.add("kernel-thread", "root", Integer.toString(pid), "0.0", "0.0", "0", "0", "?", r.pick(List.of("S", "I", "I<", "S<")), "Feb27", "0:0" + r.between(0, 9), "[" + name + "]");
        }
        t.add("systemd-journald", "root", Integer.toString(pid += 20), "0.0", "0.1", "82764", "41212", "?", "Ss", "Feb27", "3:11", "/lib/systemd/systemd-journald");
        t.add("sshd", "root", Integer.toString(pid += 9), "0.0", "0.0", "15436", "9040", "?", "Ss", "Feb27", "0:02", "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups");
        t.add("cron", "root", Integer.toString(pid += 3), "0.0", "0.0", "9500", "2880", "?", "Ss", "Feb27", "0:04", "/usr/sbin/cron -f -P");
        t.add("containerd", "root", Integer.toString(pid += 11), "0.4", "0.2", "2215412", "79340", "?", "Ssl", "Feb27", "98:15", "/usr/bin/containerd");
        String pgPid = Integer.toString(pid += 40);
        t.add("postgres-main", "postgres", pgPid, "0.0", "0.4", "4402108", "141352", "?", "Ss", "Feb27", "2:07", "/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main -c config_file=/etc/postgresql/16/main/postgresql.conf");
        for (String aux : List.of("checkpointer", "background writer", "walwriter", "autovacuum launcher", "logical replication launcher")) {
            t.add("postgres-aux", "postgres", Integer.toString(pid += 1), "0.0", "0.1", "4402240", Integer.toString(r.between(8000, 60000)), "?", "Ss", "Feb27", "0:" + r.between(10, 59), "postgres: 16/main: " + aux);
        }
        for (int i = 0; i < 90; i++) {
            pid += r.between(3, 300);
            boolean active = r.chance(0.15);
            t.add("postgres-backend", "postgres", Integer.toString(pid), active ? Rng.round1(r.between(1, 90) / 10.0) + "" : "0.0", Rng.round1(r.between(2, 12) / 10.0) + "",
                    "4405" + r.between(100, 999), Integer.toString(r.between(20000, 300000)), "?", "Ss", r.between(0, 8) + ":" + r.between(10, 59), "0:" + String.format(java.util.Locale.ROOT, "%02d", r.between(0, 59)),
                    "postgres: 16/main: " + r.pick(List.of("app", "app", "reporting")) + " shop 10.0." + r.between(1, 9) + "." + r.between(2, 250) + "(" + r.between(30000, 60000) + ") " + (active ? r.pick(List.of("SELECT", "UPDATE", "INSERT")) : "idle"));
        }
        for (int i = 0; i < 4; i++) {
            t.add("nginx-worker", "www-data", Integer.toString(pid += r.between(1, 5)), "0.3", "0.1", "58912", Integer.toString(r.between(9000, 14000)), "?", "S", "Mar13", "4:" + r.between(10, 59), "nginx: worker process");
        }
        for (int i = 0; i < 9; i++) {
            t.add("gunicorn-worker", "app", Integer.toString(pid += r.between(1, 5)), Rng.round1(r.between(5, 40) / 10.0) + "", "1.2", "412880", Integer.toString(r.between(180000, 260000)), "?", "Sl", "Mar13", r.between(10, 90) + ":" + r.between(10, 59),
                    "/srv/shop/.venv/bin/python3 /srv/shop/.venv/bin/gunicorn shop.wsgi:application --workers 9 --bind 127.0.0.1:8000");
        }
        t.add("java", "app", Integer.toString(pid += 17), "23.8", "18.4", "14562336", "6135204", "?", "Sl", "Mar13", "611:02",
                "/usr/lib/jvm/java-21-openjdk-amd64/bin/java -Xms4g -Xmx6g -XX:+UseG1GC -jar /srv/ledger/ledger-service.jar --spring.profiles.active=prod");
        for (int i = 0; i < 12; i++) {
            t.add("bash", r.pick(List.of("deploy", "app", "root")), Integer.toString(pid += r.between(10, 900)), "0.0", "0.0", "8904", Integer.toString(r.between(3000, 5600)), "pts/" + r.between(0, 6), "Ss", "08:" + r.between(10, 59), "0:00", "-bash");
        }
        t.anomaly("runaway process", "runaway", "app", "48213", "99.7", "0.3", "221880", "98112", "?", "R", "06:02", "187:44", "/srv/shop/.venv/bin/python3 manage.py rebuild_search_index --all");
        t.anomaly("zombie process", "zombie", "app", "51877", "0.0", "0.0", "0", "0", "?", "Z", "07:15", "0:00", "[python3] <defunct>");
        t.add("ps", "deploy", Integer.toString(pid + 4000), "0.0", "0.0", "11216", "4588", "pts/2", "R+", "09:12", "0:00", "ps aux");
        return t.build("ps-aux", "LRRRRRLLLRL", 1);
    }

    /** {@code kubectl get pods -A} on a busy cluster: statuses, restarts with their age. */
    static FormatSample kubectlGetPods(Rng r) {
        Rows t = new Rows();
        t.add("header", "NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE");
        List<String> namespaces = List.of("kube-system", "monitoring", "shop", "payments", "search", "ingress-nginx", "cert-manager", "argocd", "logging");
        List<String> apps = List.of("api", "web", "worker", "cart", "checkout", "catalog", "pricing", "notifier", "indexer", "gateway", "ledger", "scheduler");
        for (String ns : namespaces) {
            int n = ns.equals("kube-system") ? 60 : r.between(25, 60);
            for (int i = 0; i < n; i++) {
                String app = ns.equals("kube-system") ? r.pick(List.of("coredns", "kube-proxy", "calico-node", "ebs-csi-node", "aws-node", "metrics-server"))
                        : ns.equals("monitoring") ? r.pick(List.of("prometheus-node-exporter", "kube-state-metrics", "alertmanager-main", "grafana"))
                        : r.pick(apps);
                // Deployment pods: app-<replicaset hash>-<suffix>; DaemonSet and StatefulSet pods: app-<suffix>
                String name = app + "-" + (r.chance(0.7) ? kubeHash(r, 10) + "-" + kubeHash(r, 5) : kubeHash(r, 5));
                int roll = r.between(0, 99);
                if (roll < 88) {
                    int restarts = r.chance(0.8) ? 0 : r.between(1, 4);
                    t.add("running", ns, name, "1/1", "Running", restarts == 0 ? "0" : restarts + " (" + r.between(2, 20) + "d ago)", r.between(1, 90) + "d");
                } else if (roll < 92) {
                    t.add("running-multi", ns, name, "2/2", "Running", "0", r.between(1, 90) + "d");
                } else if (roll < 95) {
                    t.add("completed", ns, name, "0/1", "Completed", "0", r.between(1, 23) + "h");
                } else if (roll < 97) {
                    t.add("pending", ns, name, "0/1", "Pending", "0", r.between(1, 59) + "m");
                } else {
                    t.add("not-ready", ns, name, "0/1", "Running", r.between(1, 3) + " (" + r.between(1, 40) + "m ago)", r.between(1, 9) + "d");
                }
            }
        }
        t.anomaly("crash looping checkout pod", "crashloop", "payments", "checkout-7d9f8b6c5d-x2kqz", "0/1", "CrashLoopBackOff", "17 (2m11s ago)", "63m");
        t.anomaly("image pull failure", "imagepull", "search", "indexer-5b6c7d8f9-q8wne", "0/1", "ImagePullBackOff", "0", "12m");
        t.anomaly("OOM-killed pod", "oomkilled", "shop", "worker-6f7d9c4b8-lk2mt", "0/1", "OOMKilled", "4 (30s ago)", "2d3h");
        t.anomaly("config error", "config-error", "payments", "ledger-59c8d7f6b4-hj4kp", "0/1", "CreateContainerConfigError", "0", "5m");
        t.add("error", "shop", "db-migrate-28511040-mpq2d", "0/1", "Error", "0", "47m");
        t.errors.addAll(List.of("crashloop", "imagepull", "oomkilled", "config-error", "error"));
        return t.build("kubectl-get-pods-A", "LLLLLL", 3);
    }

    /** Characters Kubernetes uses in generated name suffixes (no vowels, no 0, 1 or 3). */
    private static String kubeHash(Rng r, int n) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.below(alphabet.length())));
        }
        return sb.toString();
    }

    /** {@code docker ps -a} on a build host with many containers. */
    static FormatSample dockerPsAll(Rng r) {
        Rows t = new Rows();
        t.add("header", "CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES");
        List<String> images = List.of("postgres:16-alpine", "redis:7.2", "nginx:1.25", "rabbitmq:3.13-management", "registry.example.com/shop/api:1.42.0",
                "registry.example.com/shop/worker:1.42.0", "minio/minio:RELEASE.2024-03-10T02-53-48Z", "grafana/grafana:10.4.0", "prom/prometheus:v2.50.1", "mailhog/mailhog:v1.0.1");
        List<String> adjectives = List.of("brave", "eager", "jolly", "quirky", "sleepy", "vibrant", "wizardly", "zealous", "focused", "gifted", "nifty", "serene");
        List<String> scientists = List.of("turing", "hopper", "lovelace", "noether", "curie", "shannon", "dijkstra", "knuth", "ritchie", "liskov", "hamilton", "babbage");
        for (int i = 0; i < 150; i++) {
            String image = r.pick(images);
            String cmd = image.startsWith("postgres") || image.startsWith("redis") || image.startsWith("rabbitmq") ? "\"docker-entrypoint.s…\""
                    : image.startsWith("nginx") ? "\"/docker-entrypoint.…\"" : image.contains("shop/") ? "\"java -jar /app/app.…\""
                    : image.startsWith("minio") ? "\"/usr/bin/docker-ent…\"" : image.startsWith("mailhog") ? "\"MailHog\""
                    : image.startsWith("prom/") ? "\"/bin/prometheus --c…\"" : "\"/run.sh\"";
            String name = r.pick(adjectives) + "_" + r.pick(scientists);
            String unit = r.pick(List.of("hours", "days", "minutes"));
            int age = r.between(3, 23);
            String created = age + " " + unit + " ago";
            String up = r.between(2, age) + " " + unit;
            int roll = r.between(0, 99);
            String port = image.startsWith("postgres") ? "5432/tcp" : image.startsWith("redis") ? "6379/tcp" : image.startsWith("nginx") ? "0.0.0.0:" + r.between(8000, 8999) + "->80/tcp" : "";
            if (roll < 55) {
                t.add("up", r.hex(12), image, cmd, created, "Up " + up, port, name);
            } else if (roll < 70) {
                t.add("up-healthy", r.hex(12), image, cmd, created, "Up " + up + " (healthy)", port, name);
            } else if (roll < 95) {
                t.add("exited-0", r.hex(12), image, cmd, created, "Exited (0) " + up + " ago", "", name);
            } else {
                t.add("created", r.hex(12), image, cmd, created, "Created", "", name);
            }
        }
        t.anomaly("unhealthy container", "up-unhealthy", "3f9a1c2b7d4e", "registry.example.com/shop/api:1.42.0", "\"java -jar /app/app.…\"", "3 hours ago", "Up 3 hours (unhealthy)", "0.0.0.0:8080->8080/tcp", "shop_api_1");
        t.anomaly("OOM-killed container", "exited-137", "8e2d4f6a1b3c", "registry.example.com/shop/worker:1.42.0", "\"java -jar /app/app.…\"", "3 hours ago", "Exited (137) 41 minutes ago", "", "shop_worker_1");
        t.anomaly("restarting container", "restarting", "c4b8a2e6f0d1", "rabbitmq:3.13-management", "\"docker-entrypoint.s…\"", "3 hours ago", "Restarting (1) 12 seconds ago", "", "shop_rabbitmq_1");
        t.add("exited-1", "a7c3e9b1d5f2", "registry.example.com/shop/api:1.41.3", "\"java -jar /app/app.…\"", "2 days ago", "Exited (1) 2 days ago", "", "eager_knuth");
        t.errors.addAll(List.of("exited-137", "restarting", "exited-1"));
        return t.build("docker-ps-a", "LLLLLLL", 3);
    }

    /** {@code netstat -tulpn} on a Docker host: every published port has a docker-proxy per address family. */
    static FormatSample netstatListening(Rng r) {
        Rows t = new Rows();
        t.banner = "Active Internet connections (only servers)";
        t.add("header", "Proto", "Recv-Q", "Send-Q", "Local Address", "Foreign Address", "State", "PID/Program name");
        t.add("tcp-listen", "tcp", "0", "0", "127.0.0.53:53", "0.0.0.0:*", "LISTEN", "611/systemd-resolve");
        t.add("tcp-listen", "tcp", "0", "0", "0.0.0.0:22", "0.0.0.0:*", "LISTEN", "1022/sshd: /usr/sbi");
        t.add("tcp-listen", "tcp", "0", "0", "127.0.0.1:5432", "0.0.0.0:*", "LISTEN", "1311/postgres");
        int pid = 20000;
        for (int i = 0; i < 140; i++) {
            int port = 30000 + i * 7 + r.between(0, 6);
            pid += r.between(5, 90);
            t.add("tcp-listen", "tcp", "0", "0", "0.0.0.0:" + port, "0.0.0.0:*", "LISTEN", pid + "/docker-proxy");
            t.add("tcp6-listen", "tcp6", "0", "0", ":::" + port, ":::*", "LISTEN", (pid + 1) + "/docker-proxy");
        }
        t.add("tcp6-listen", "tcp6", "0", "0", ":::22", ":::*", "LISTEN", "1022/sshd: /usr/sbi");
        t.anomaly("unexpected listener", "tcp-listen", "tcp", "0", "0", "0.0.0.0:4444", "0.0.0.0:*", "LISTEN", "51877/nc");
        t.add("udp", "udp", "0", "0", "127.0.0.53:53", "0.0.0.0:*", "", "611/systemd-resolve");
        t.add("udp", "udp", "0", "0", "0.0.0.0:68", "0.0.0.0:*", "", "598/dhclient");
        t.add("udp", "udp", "0", "0", "127.0.0.1:323", "0.0.0.0:*", "", "702/chronyd");
        t.add("udp6", "udp6", "0", "0", "::1:323", ":::*", "", "702/chronyd");
        t.anomaly("listen queue backlog", "tcp-listen", "tcp", "129", "0", "0.0.0.0:8443", "0.0.0.0:*", "LISTEN", "48213/java");
        return t.buildFixed("netstat-tulpn", "%-5s %6s %6s %-23s %-23s %-11s %s");
    }

    /** {@code ss -tanp} on an application server: connection states to the database, cache and clients. */
    static FormatSample ssAllTcp(Rng r) {
        Rows t = new Rows();
        t.add("header", "State", "Recv-Q", "Send-Q", "Local Address:Port", "Peer Address:Port", "Process");
        t.add("listen", "LISTEN", "0", "4096", "0.0.0.0:8080", "0.0.0.0:*", "users:((\"java\",pid=48213,fd=112))");
        t.add("listen", "LISTEN", "0", "128", "0.0.0.0:22", "0.0.0.0:*", "users:((\"sshd\",pid=1022,fd=3))");
        t.add("listen", "LISTEN", "0", "4096", "127.0.0.1:9090", "0.0.0.0:*", "users:((\"java\",pid=48213,fd=87))");
        for (int i = 0; i < 480; i++) {
            int roll = r.between(0, 99);
            String local = "10.0.4.17:" + r.between(32768, 60999);
            if (roll < 30) {
                t.add("estab-db", "ESTAB", "0", "0", local, "10.0.2." + r.between(10, 12) + ":5432", "users:((\"java\",pid=48213,fd=" + r.between(120, 400) + "))");
            } else if (roll < 45) {
                t.add("estab-redis", "ESTAB", "0", "0", local, "10.0.2.30:6379", "users:((\"java\",pid=48213,fd=" + r.between(120, 400) + "))");
            } else if (roll < 75) {
                t.add("estab-client", "ESTAB", "0", "0", "10.0.4.17:8080", "10.0.1." + r.between(2, 250) + ":" + r.between(32768, 60999), "users:((\"java\",pid=48213,fd=" + r.between(120, 400) + "))");
            } else if (roll < 95) {
                t.add("time-wait", "TIME-WAIT", "0", "0", "10.0.4.17:8080", "10.0.1." + r.between(2, 250) + ":" + r.between(32768, 60999), "");
            } else {
                t.add("close-wait", "CLOSE-WAIT", "1", "0", local, "10.0.3." + r.between(2, 250) + ":443", "users:((\"java\",pid=48213,fd=" + r.between(120, 400) + "))");
            }
        }
        t.anomaly("send queue backing up", "estab-client", "ESTAB", "0", "2613440", "10.0.4.17:8080", "10.0.1.77:51544", "users:((\"java\",pid=48213,fd=233))");
        t.anomaly("connection to an unexpected port", "estab-db", "ESTAB", "0", "0", "10.0.4.17:41822", "203.0.113.91:4444", "users:((\"python3\",pid=51877,fd=3))");
        return t.build("ss-tanp", "LRRLLL", 1);
    }
}
