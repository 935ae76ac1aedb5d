package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Developer tool output: {@code git log} (both forms), {@code rails routes}, {@code npm ls --all}, {@code pip list}, {@code mvn dependency:tree}. */
final class DevToolOutputs {

    private static final DateTimeFormatter GIT_DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy Z", Locale.ENGLISH);
    private static final List<String> AUTHORS = List.of("Mona Lindqvist <mona@example.com>", "Rafael Torres <rtorres@example.com>",
            "Ines Moreau <ines.moreau@example.com>", "Piotr Ivanov <p.ivanov@example.com>", "Yuki Tanaka <yuki@example.com>",
            "Sam Kowalski <sam.k@example.com>", "Lena Fischer <lena@example.com>");
    private static final List<String> AREAS = List.of("api", "checkout", "cart", "search", "auth", "billing", "ci", "deps", "web", "db");

    private DevToolOutputs() {}

    static List<FormatSample> all(long seed) {
        List<Commit> history = history(new Rng(seed + 31), 140);
        return List.of(gitLog(history), gitLogOneline(new Rng(seed + 32), history(new Rng(seed + 33), 620)), railsRoutes(new Rng(seed + 34)),
                npmLs(new Rng(seed + 35)), pipList(new Rng(seed + 36)), mavenDependencyTree(new Rng(seed + 37)));
    }

    /** A commit: hash, parents (two for merges), author, date, subject, body lines, and its kind (the template). */
    private record Commit(String hash, String mergeParents, String author, ZonedDateTime date, String subject, List<String> body, String kind) {}

    private static List<Commit> history(Rng r, int n) {
        List<Commit> out = new ArrayList<>();
        ZonedDateTime t = ZonedDateTime.of(2024, 3, 14, 9, 12, 0, 0, ZoneOffset.ofHours(1));
        int pr = 2870;
        for (int i = 0; i < n; i++) {
            t = t.minusMinutes(r.between(20, 2000));
            String area = r.pick(AREAS);
            int roll = r.between(0, 99);
            List<String> body = new ArrayList<>();
            String kind;
            String subject;
            String merge = null;
            String author = r.pick(AUTHORS);
            if (roll < 25) {
                kind = "merge-pr";
                String branch = r.pick(List.of("feat", "fix", "chore")) + "/" + area + "-" + r.pick(List.of("retry", "limits", "cleanup", "pagination", "timeouts", "cache"));
                subject = "Merge pull request #" + (pr--) + " from example/" + branch;
                body.add(SourceCode.cap(r.pick(List.of("add", "fix", "tidy", "speed up"))) + " " + area + " " + r.pick(List.of("retries", "limits", "pagination", "timeouts", "caching")));
                merge = r.hex(7) + " " + r.hex(7);
            } else if (roll < 45) {
                kind = "feat";
                subject = "feat(" + area + "): " + r.pick(List.of("add", "support", "expose", "introduce")) + " " + r.pick(List.of("idempotency keys", "partial refunds",
                        "saved carts", "bulk export", "webhook retries", "per-tenant limits", "search suggestions", "SCA challenge flow"));
                paragraph(r, body);
            } else if (roll < 70) {
                kind = "fix";
                subject = "fix(" + area + "): " + r.pick(List.of("handle", "avoid", "stop", "guard against")) + " " + r.pick(List.of("null cart on summary",
                        "double charge on retry", "stale cache after price change", "timeout on large exports", "race in stock reservation", "N+1 query in order list"));
                paragraph(r, body);
                if (r.chance(0.5)) {
                    body.add("");
                    body.add("Fixes #" + r.between(1000, 2900));
                }
            } else if (roll < 85) {
                kind = "deps";
                author = "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>";
                String dep = r.pick(List.of("jackson-databind", "spring-boot", "testcontainers", "postgresql", "micrometer-core", "logback-classic", "netty-handler"));
                String from = r.between(1, 3) + "." + r.between(0, 17) + "." + r.between(0, 9);
                String to = from.substring(0, from.lastIndexOf('.') + 1) + r.between(10, 19);
                subject = "chore(deps): bump " + dep + " from " + from + " to " + to;
                body.add("Bumps " + dep + " from " + from + " to " + to + ".");
                body.add("");
                body.add("---");
                body.add("updated-dependencies:");
                body.add("- dependency-name: " + dep);
                body.add("  dependency-type: direct:production");
                body.add("  update-type: version-update:semver-patch");
                body.add("...");
                body.add("");
                body.add("Signed-off-by: dependabot[bot] <support@github.com>");
            } else if (roll < 93) {
                kind = "docs";
                subject = "docs: " + r.pick(List.of("explain retry budget", "update API examples", "fix typos in README", "document webhook signatures"));
            } else {
                kind = "refactor";
                subject = "refactor(" + area + "): " + r.pick(List.of("extract pricing rules", "split order service", "move validation to domain", "rename ledger entries"));
                paragraph(r, body);
                body.add("");
                body.add("Co-authored-by: " + r.pick(AUTHORS));
            }
            out.add(new Commit(r.hex(40), merge, author, t, subject, body, kind));
        }
        Commit revert = new Commit("5f0c9d1e2b3a4c5d6e7f8091a2b3c4d5e6f70812", null, AUTHORS.get(1), out.get(n / 3).date().minusMinutes(3),
                "Revert \"feat(checkout): introduce SCA challenge flow\"", List.of("This reverts commit 1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d.", "",
                "Card payments from two issuers fail with 3DS2 timeouts since the release."), "revert");
        out.set(n / 3, revert);
        return out;
    }

    private static void paragraph(Rng r, List<String> body) {
        int n = r.between(0, 4);
        for (int i = 0; i < n; i++) {
            body.add(SourceCode.cap(r.pick(List.of("the", "when", "after", "before", "this"))) + " " + r.pick(List.of("change", "request", "retry", "worker", "query"))
                    + " " + r.pick(List.of("now", "no longer", "always", "only")) + " " + r.pick(List.of("reads the cached price", "checks the idempotency key",
                    "waits for the lock", "uses the replica", "logs the order id", "returns 409 on conflict")) + ".");
        }
    }

    /** {@code git log} in its default (medium) format. */
    static FormatSample gitLog(List<Commit> history) {
        SampleBuilder b = new SampleBuilder();
        for (int i = 0; i < history.size(); i++) {
            Commit c = history.get(i);
            List<String> lines = new ArrayList<>();
            lines.add("commit " + c.hash + (i == 0 ? " (HEAD -> main, origin/main, origin/HEAD)" : ""));
            if (c.mergeParents != null) {
                lines.add("Merge: " + c.mergeParents);
            }
            lines.add("Author: " + c.author);
            lines.add("Date:   " + GIT_DATE.format(c.date));
            lines.add("");
            lines.add("    " + c.subject);
            if (!c.body.isEmpty()) {
                lines.add("");
                for (String l : c.body) {
                    lines.add(l.isEmpty() ? "" : "    " + l);
                }
            }
            if (i < history.size() - 1) {
                lines.add("");
            }
            b.record(c.kind, lines);
            if (c.kind.equals("revert")) {
                b.anomaly("anomaly revert commit", "    " + c.subject);
            }
        }
        return b.build("git-log", Family.COMMAND, Route.LINE_ORIENTED);
    }

    /** {@code git log --oneline}, with branch and tag decorations. */
    static FormatSample gitLogOneline(Rng r, List<Commit> history) {
        SampleBuilder b = new SampleBuilder();
        for (int i = 0; i < history.size(); i++) {
            Commit c = history.get(i);
            String deco = i == 0 ? "(HEAD -> main, origin/main, origin/HEAD) " : i % 97 == 13 ? "(tag: v1." + (60 - i / 97) + ".0) " : "";
            String line = c.hash.substring(0, 7) + " " + deco + c.subject;
            b.line(c.kind, line);
            if (c.kind.equals("revert")) {
                b.anomaly("anomaly revert commit", line);
            }
        }
        return b.build("git-log-oneline", Family.COMMAND, Route.LINE_ORIENTED);
    }

    /** {@code bin/rails routes}: resources with their seven actions, nested resources, mounted engines. */
    static FormatSample railsRoutes(Rng r) {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        rows.add(new String[] {"Prefix", "Verb", "URI Pattern", "Controller#Action"});
        ids.add("header");
        List<String> resources = List.of("orders", "order_items", "customers", "addresses", "invoices", "payments", "refunds", "shipments", "products",
                "variants", "categories", "collections", "discounts", "gift_cards", "carts", "wishlists", "reviews", "returns", "subscriptions", "tax_rates",
                "warehouses", "stock_movements", "suppliers", "purchase_orders", "users", "roles", "api_keys", "webhooks", "exports", "imports",
                "reports", "audit_events", "notifications", "pages", "menus", "banners", "coupons", "loyalty_accounts", "tickets", "channels", "currencies",
                "price_lists", "bundles", "attributes", "tags", "media", "store_locations", "carriers", "zones", "settings");
        for (String ns : List.of("admin", "api/v1")) {
            for (String res : resources) {
                String prefixBase = ns.replace("/", "_") + "_" + res;
                String single = res.endsWith("ies") ? res.substring(0, res.length() - 3) + "y" : res.endsWith("ses") ? res.substring(0, res.length() - 2) : res.substring(0, res.length() - 1);
                String singlePrefix = ns.replace("/", "_") + "_" + single;
                String ctrl = ns + "/" + res;
                String base = "/" + ns + "/" + res;
                boolean api = ns.startsWith("api");
                route(rows, ids, "get-named", prefixBase, "GET", base + "(.:format)", ctrl + "#index");
                route(rows, ids, "post", "", "POST", base + "(.:format)", ctrl + "#create");
                if (!api) {
                    route(rows, ids, "get-named", "new_" + singlePrefix, "GET", base + "/new(.:format)", ctrl + "#new");
                    route(rows, ids, "get-named", "edit_" + singlePrefix, "GET", base + "/:id/edit(.:format)", ctrl + "#edit");
                }
                route(rows, ids, "get-named", singlePrefix, "GET", base + "/:id(.:format)", ctrl + "#show");
                route(rows, ids, "patch", "", "PATCH", base + "/:id(.:format)", ctrl + "#update");
                route(rows, ids, "put", "", "PUT", base + "/:id(.:format)", ctrl + "#update");
                route(rows, ids, "delete", "", "DELETE", base + "/:id(.:format)", ctrl + "#destroy");
                if (r.chance(0.25)) {
                    String member = r.pick(List.of("cancel", "refund", "archive", "duplicate", "publish"));
                    route(rows, ids, "post-member", member + "_" + singlePrefix, "POST", base + "/:id/" + member + "(.:format)", ctrl + "#" + member);
                }
            }
        }
        route(rows, ids, "engine-mount", "sidekiq_web", "", "/sidekiq", "Sidekiq::Web");
        route(rows, ids, "engine-mount", "letter_opener_web", "", "/letter_opener", "LetterOpenerWeb::Engine");
        for (String[] as : List.of(
                new String[] {"rails_service_blob", "/rails/active_storage/blobs/redirect/:signed_id/*filename(.:format)", "active_storage/blobs/redirect#show"},
                new String[] {"rails_service_blob_proxy", "/rails/active_storage/blobs/proxy/:signed_id/*filename(.:format)", "active_storage/blobs/proxy#show"},
                new String[] {"rails_blob_representation", "/rails/active_storage/representations/redirect/:signed_blob_id/:variation_key/*filename(.:format)", "active_storage/representations/redirect#show"},
                new String[] {"rails_disk_service", "/rails/active_storage/disk/:encoded_key/*filename(.:format)", "active_storage/disk#show"},
                new String[] {"rails_direct_uploads", "/rails/active_storage/direct_uploads(.:format)", "active_storage/direct_uploads#create"})) {
            route(rows, ids, as[2].endsWith("#create") ? "post" : "get-named", as[0], as[2].endsWith("#create") ? "POST" : "GET", as[1], as[2]);
        }
        route(rows, ids, "get-named", "rails_health_check", "GET", "/up(.:format)", "rails/health#show");
        route(rows, ids, "get-named", "root", "GET", "/", "storefront/home#index");
        List<String> lines = Columns.layout(rows, "RLLL", 1);
        SampleBuilder b = new SampleBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.line(ids.get(i), lines.get(i));
        }
        return b.build("rails-routes", Family.COMMAND, Route.LINE_ORIENTED);
    }

    private static void route(List<String[]> rows, List<String> ids, String id, String prefix, String verb, String uri, String action) {
        rows.add(new String[] {prefix, verb, uri, action});
        ids.add(id);
    }

    /** {@code npm ls --all} of a web app, with dedupes, an unmet optional, an extraneous and an invalid package, and npm's error trailer. */
    static FormatSample npmLs(Rng r) {
        SampleBuilder b = new SampleBuilder();
        b.line("root", "shop-web@2.3.0 /home/dev/shop-web");
        List<String> top = List.of("@babel/core", "@babel/preset-env", "@babel/preset-react", "@tanstack/react-query", "@testing-library/react",
                "@types/node", "@types/react", "@vitejs/plugin-react", "axios", "classnames", "date-fns", "eslint", "eslint-plugin-react", "i18next",
                "jest", "msw", "prettier", "react", "react-dom", "react-hook-form", "react-i18next", "react-router-dom", "sass", "typescript", "vite", "zod",
                "zustand", "chokidar", "webpack", "postcss", "autoprefixer", "tailwindcss");
        List<String> leaves = List.of("ms", "debug", "semver", "picocolors", "nanoid", "source-map-js", "escalade", "electron-to-chromium", "caniuse-lite",
                "node-releases", "update-browserslist-db", "browserslist", "json5", "convert-source-map", "gensync", "lru-cache", "yallist", "js-tokens",
                "loose-envify", "scheduler", "object-assign", "tslib", "glob", "minimatch", "brace-expansion", "balanced-match", "concat-map", "once",
                "wrappy", "inflight", "inherits", "fs.realpath", "path-is-absolute", "chalk", "ansi-styles", "supports-color", "has-flag", "color-convert",
                "color-name", "escape-string-regexp", "fast-deep-equal", "json-schema-traverse", "uri-js", "punycode", "follow-redirects", "form-data",
                "combined-stream", "delayed-stream", "asynckit", "mime-types", "mime-db", "proxy-from-env", "anymatch", "normalize-path", "picomatch",
                "braces", "fill-range", "to-regex-range", "is-number", "glob-parent", "is-glob", "is-extglob", "readdirp", "binary-extensions", "is-binary-path");
        boolean unmet = false;
        for (int i = 0; i < top.size(); i++) {
            String name = top.get(i);
            boolean lastTop = i == top.size() - 1;
            String tp = lastTop ? "└─" : "├─";
            String cont = lastTop ? "  " : "│ ";
            String ver = r.between(0, 18) + "." + r.between(0, 30) + "." + r.between(0, 12);
            if (name.equals("react-router-dom")) {
                b.line("invalid", tp + "─ react-router-dom@6.22.3 invalid: \"^5.3.4\" from the root project").error("invalid");
                continue;
            }
            int kids = r.between(0, 14);
            if (kids == 0) {
                b.line("leaf", tp + "─ " + name + "@" + ver);
                continue;
            }
            b.line("branch", tp + "┬ " + name + "@" + ver);
            for (int k = 0; k < kids; k++) {
                boolean lastKid = k == kids - 1;
                String kp = cont + (lastKid ? "└─" : "├─");
                String kcont = cont + (lastKid ? "  " : "│ ");
                String kname = r.pick(leaves);
                String kver = r.between(0, 9) + "." + r.between(0, 30) + "." + r.between(0, 12);
                if (name.equals("chokidar") && !unmet) {
                    b.line("unmet-optional", kp + "─ UNMET OPTIONAL DEPENDENCY fsevents@~2.3.2");
                    unmet = true;
                    continue;
                }
                int grand = r.chance(0.4) ? r.between(1, 6) : 0;
                if (grand == 0) {
                    boolean deduped = r.chance(0.45);
                    b.line(deduped ? "deduped" : "leaf", kp + "─ " + kname + "@" + kver + (deduped ? " deduped" : ""));
                    continue;
                }
                b.line("branch", kp + "┬ " + kname + "@" + kver);
                for (int g = 0; g < grand; g++) {
                    boolean lastG = g == grand - 1;
                    String gp = kcont + (lastG ? "└─" : "├─");
                    String gname = r.pick(leaves);
                    boolean deduped = r.chance(0.5);
                    int great = !deduped && r.chance(0.25) ? r.between(1, 4) : 0;
                    if (great == 0) {
                        b.line(deduped ? "deduped" : "leaf", gp + "─ " + gname + "@" + r.between(0, 9) + "." + r.between(0, 30) + "." + r.between(0, 12) + (deduped ? " deduped" : ""));
                        continue;
                    }
                    b.line("branch", gp + "┬ " + gname + "@" + r.between(0, 9) + "." + r.between(0, 30) + "." + r.between(0, 12));
                    String gcont = kcont + (lastG ? "  " : "│ ");
                    for (int x = 0; x < great; x++) {
                        String xp = gcont + (x == great - 1 ? "└─" : "├─");
                        b.line("deduped", xp + "─ " + r.pick(leaves) + "@" + r.between(0, 9) + "." + r.between(0, 30) + "." + r.between(0, 12) + " deduped");
                    }
                }
            }
            if (i == 5) {
                b.line("extraneous", "├── left-pad@1.3.0 extraneous");
                b.anomaly("anomaly extraneous package", "├── left-pad@1.3.0 extraneous");
            }
        }
        b.line("blank", "");
        b.line("npm-err", "npm ERR! code ELSPROBLEMS").error("npm-err");
        b.line("npm-err", "npm ERR! invalid: react-router-dom@6.22.3 /home/dev/shop-web/node_modules/react-router-dom");
        b.line("blank", "");
        b.line("npm-err", "npm ERR! A complete log of this run can be found in: /home/dev/.npm/_logs/2024-03-14T09_12_00_123Z-debug-0.log");
        return b.build("npm-ls-all", Family.COMMAND, Route.LINE_ORIENTED);
    }

    /** {@code pip list} in a data/ML virtualenv, with two editable installs and pip's upgrade notice. */
    static FormatSample pipList(Rng r) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(List.of("aiohttp", "aiosignal", "alembic", "anyio", "attrs", "boto3", "botocore", "certifi", "charset-normalizer", "click", "cloudpickle",
                "contourpy", "cycler", "Django", "django-environ", "djangorestframework", "fastapi", "filelock", "fonttools", "frozenlist", "fsspec", "greenlet",
                "gunicorn", "h11", "httpcore", "httpx", "idna", "iniconfig", "Jinja2", "jmespath", "joblib", "kiwisolver", "MarkupSafe", "matplotlib", "mypy",
                "mypy-extensions", "numpy", "packaging", "pandas", "pillow", "pip", "pluggy", "psycopg2-binary", "pyarrow", "pydantic", "pydantic_core",
                "Pygments", "pyparsing", "pytest", "pytest-cov", "python-dateutil", "pytz", "PyYAML", "redis", "requests", "ruff", "s3transfer",
                "scikit-learn", "scipy", "setuptools", "six", "sniffio", "SQLAlchemy", "starlette", "threadpoolctl", "tqdm", "typing_extensions", "tzdata",
                "urllib3", "uvicorn", "wheel", "yarl", "celery", "kombu", "billiard", "vine", "amqp", "sentry-sdk", "structlog", "orjson", "ujson"));
        for (String svc : List.of("s3", "ec2", "sqs", "sns", "dynamodb", "lambda", "iam", "sts", "kms", "secretsmanager", "ssm", "logs", "cloudwatch",
                "ecr", "ecs", "eks", "rds", "route53", "glue", "athena", "kinesis", "firehose", "events", "stepfunctions", "apigateway", "cognito-idp", "ses",
                "acm", "elbv2", "autoscaling", "batch", "codebuild", "codepipeline", "cloudformation", "emr", "sagemaker", "redshift", "elasticache", "efs",
                "backup", "organizations", "config", "guardduty", "inspector2", "securityhub", "wafv2", "xray", "appconfig", "appsync", "bedrock")) {
            names.add("mypy-boto3-" + svc);
        }
        for (String stub : List.of("requests", "PyYAML", "redis", "python-dateutil", "pytz", "six", "setuptools", "tqdm", "ujson", "toml", "Markdown",
                "docutils", "Pygments", "psycopg2", "cachetools", "protobuf", "pyOpenSSL", "pywin32", "simplejson", "tabulate", "beautifulsoup4",
                "html5lib", "jsonschema", "mock", "paramiko", "pexpect", "psutil", "pyasn1", "pyserial", "regex", "retry", "uWSGI", "xmltodict", "zmq")) {
            names.add("types-" + stub);
        }
        for (String ext : List.of("sphinx", "sphinx-rtd-theme", "sphinxcontrib-applehelp", "sphinxcontrib-devhelp", "sphinxcontrib-htmlhelp", "sphinxcontrib-jsmath",
                "sphinxcontrib-qthelp", "sphinxcontrib-serializinghtml", "alabaster", "babel", "imagesize", "snowballstemmer", "docutils", "nbformat",
                "nbconvert", "nbclient", "jupyter_core", "jupyter_client", "ipykernel", "ipython", "traitlets", "tornado", "pyzmq", "debugpy", "jedi", "parso",
                "prompt_toolkit", "wcwidth", "pexpect", "ptyprocess", "decorator", "executing", "asttokens", "pure-eval", "stack-data", "matplotlib-inline",
                "comm", "nest-asyncio", "psutil", "platformdirs", "fastjsonschema", "jsonschema", "jsonschema-specifications", "referencing", "rpds-py",
                "mistune", "bleach", "tinycss2", "webencodings", "defusedxml", "pandocfilters", "beautifulsoup4", "soupsieve", "jupyterlab", "notebook")) {
            names.add(ext);
        }
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        rows.add(new String[] {"Package", "Version", "Editable project location"});
        ids.add("header");
        rows.add(null); // the rule under the header, as wide as each column
        ids.add("rule");
        names.add("shop-core");
        names.add("shop-ml");
        for (String n : names) {
            if (n.equals("shop-core") || n.equals("shop-ml")) {
                rows.add(new String[] {n, "0." + r.between(1, 20) + ".0", "/home/dev/shop/" + n.substring(5)});
                ids.add("editable");
            } else {
                String v = n.startsWith("mypy-boto3-") ? "1.34." + r.between(0, 60) : n.startsWith("types-") ? r.between(1, 6) + "." + r.between(0, 30) + "." + r.between(0, 9) + "." + "2024" + String.format(Locale.ROOT, "%02d%02d", r.between(1, 3), r.between(1, 28))
                        : r.between(0, 9) + "." + r.between(0, 40) + "." + r.between(0, 12);
                rows.add(new String[] {n, v, ""});
                ids.add("package");
            }
        }
        int[] width = new int[3];
        for (String[] row : rows) {
            for (int c = 0; row != null && c < 3; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        rows.set(1, new String[] {"-".repeat(width[0]), "-".repeat(width[1]), "-".repeat(width[2])});
        List<String> lines = Columns.layout(rows, "LLL", 1);
        SampleBuilder b = new SampleBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.line(ids.get(i), lines.get(i).stripTrailing());
        }
        b.line("blank", "");
        b.line("notice", "[notice] A new release of pip is available: 23.3.1 -> 24.0");
        b.line("notice", "[notice] To update, run: python -m pip install --upgrade pip");
        return b.build("pip-list", Family.COMMAND, Route.LINE_ORIENTED);
    }

    /** {@code mvn dependency:tree} over a reactor of modules. */
    static FormatSample mavenDependencyTree(Rng r) {
        SampleBuilder b = new SampleBuilder();
        b.line("info-scanning", "[INFO] Scanning for projects...");
        b.line("info-banner", "[INFO] ------------------------------------------------------------------------");
        b.line("info-banner", "[INFO] Reactor Build Order:");
        List<String> modules = List.of("shop-parent", "shop-common", "shop-domain", "shop-persistence", "shop-api", "shop-worker", "shop-admin");
        for (String m : modules) {
            b.line("info-reactor", "[INFO] " + m + (m.equals("shop-parent") ? " [pom]" : " [jar]"));
        }
        List<String[]> deps = List.of(
                new String[] {"org.springframework.boot", "spring-boot-starter-web", "3.2.3"}, new String[] {"org.springframework.boot", "spring-boot-starter-json", "3.2.3"},
                new String[] {"com.fasterxml.jackson.core", "jackson-databind", "2.15.4"}, new String[] {"com.fasterxml.jackson.core", "jackson-annotations", "2.15.4"},
                new String[] {"com.fasterxml.jackson.core", "jackson-core", "2.15.4"}, new String[] {"com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", "2.15.4"},
                new String[] {"org.springframework", "spring-web", "6.1.4"}, new String[] {"org.springframework", "spring-webmvc", "6.1.4"},
                new String[] {"org.springframework", "spring-context", "6.1.4"}, new String[] {"org.springframework", "spring-beans", "6.1.4"},
                new String[] {"org.springframework", "spring-core", "6.1.4"}, new String[] {"org.springframework", "spring-jcl", "6.1.4"},
                new String[] {"org.apache.tomcat.embed", "tomcat-embed-core", "10.1.19"}, new String[] {"org.apache.tomcat.embed", "tomcat-embed-websocket", "10.1.19"},
                new String[] {"io.micrometer", "micrometer-observation", "1.12.3"}, new String[] {"io.micrometer", "micrometer-commons", "1.12.3"},
                new String[] {"org.hibernate.orm", "hibernate-core", "6.4.4.Final"}, new String[] {"jakarta.persistence", "jakarta.persistence-api", "3.1.0"},
                new String[] {"org.postgresql", "postgresql", "42.7.2"}, new String[] {"com.zaxxer", "HikariCP", "5.0.1"}, new String[] {"org.flywaydb", "flyway-core", "9.22.3"},
                new String[] {"org.slf4j", "slf4j-api", "2.0.12"}, new String[] {"ch.qos.logback", "logback-classic", "1.4.14"}, new String[] {"ch.qos.logback", "logback-core", "1.4.14"},
                new String[] {"org.apache.kafka", "kafka-clients", "3.6.1"}, new String[] {"com.github.luben", "zstd-jni", "1.5.5-6"}, new String[] {"org.lz4", "lz4-java", "1.8.0"},
                new String[] {"org.xerial.snappy", "snappy-java", "1.1.10.5"}, new String[] {"io.projectreactor", "reactor-core", "3.6.3"}, new String[] {"org.reactivestreams", "reactive-streams", "1.0.4"});
        List<String[]> testDeps = List.of(new String[] {"org.junit.jupiter", "junit-jupiter", "5.10.2"}, new String[] {"org.junit.jupiter", "junit-jupiter-api", "5.10.2"},
                new String[] {"org.opentest4j", "opentest4j", "1.3.0"}, new String[] {"org.junit.platform", "junit-platform-commons", "1.10.2"},
                new String[] {"org.apiguardian", "apiguardian-api", "1.1.2"}, new String[] {"org.assertj", "assertj-core", "3.25.3"}, new String[] {"net.bytebuddy", "byte-buddy", "1.14.12"},
                new String[] {"org.mockito", "mockito-core", "5.7.0"}, new String[] {"org.objenesis", "objenesis", "3.3"}, new String[] {"org.testcontainers", "postgresql", "1.19.6"},
                new String[] {"org.testcontainers", "testcontainers", "1.19.6"}, new String[] {"org.testcontainers", "jdbc", "1.19.6"}, new String[] {"org.rnorth.duct-tape", "duct-tape", "1.0.8"});
        for (int mi = 0; mi < modules.size(); mi++) {
            String m = modules.get(mi);
            b.line("info-blank", "[INFO] ");
            String title = "< com.example.shop:" + m + " >";
            int dashes = 72 - title.length();
            b.line("info-module-banner", "[INFO] " + "-".repeat(dashes / 2) + title + "-".repeat(dashes - dashes / 2));
            b.line("info-building", "[INFO] Building " + m + " 1.42.0-SNAPSHOT                                  [" + (mi + 1) + "/" + modules.size() + "]");
            b.line("info-from", "[INFO]   from " + (m.equals("shop-parent") ? "pom.xml" : m + "/pom.xml"));
            String packaging = m.equals("shop-parent") ? "pom" : "jar";
            String ptitle = "[ " + packaging + " ]";
            int pd = 72 - ptitle.length();
            b.line("info-packaging", "[INFO] " + "-".repeat(pd / 2) + ptitle + "-".repeat(pd - pd / 2));
            b.line("info-plugin", "[INFO] ");
            b.line("info-plugin", "[INFO] --- dependency:3.6.1:tree (default-cli) @ " + m + " ---");
            b.line("info-root", "[INFO] com.example.shop:" + m + ":" + packaging + ":1.42.0-SNAPSHOT");
            if (m.equals("shop-parent")) {
                continue;
            }
            int n = r.between(8, 26);
            for (int i = 0; i < n; i++) {
                String[] d = deps.get(r.below(deps.size()));
                boolean last = i == n - 1 && !m.equals("shop-api");
                b.line("dep-compile", "[INFO] " + (last ? "\\- " : "+- ") + d[0] + ":" + d[1] + ":jar:" + d[2] + ":compile");
                int kids = r.chance(0.4) ? r.between(1, 5) : 0;
                for (int k = 0; k < kids; k++) {
                    String[] kd = deps.get(r.below(deps.size()));
                    String scope = r.pick(List.of("compile", "compile", "runtime"));
                    b.line("dep-" + scope, "[INFO] " + (last ? "   " : "|  ") + (k == kids - 1 ? "\\- " : "+- ") + kd[0] + ":" + kd[1] + ":jar:" + kd[2] + ":" + scope);
                }
            }
            if (m.equals("shop-api")) {
                for (int i = 0; i < testDeps.size(); i++) {
                    String[] d = testDeps.get(i);
                    b.line("dep-test", "[INFO] " + (i == testDeps.size() - 1 ? "\\- " : "+- ") + d[0] + ":" + d[1] + ":jar:" + d[2] + ":test");
                }
            }
        }
        b.line("warning", "[WARNING] The POM for com.example.legacy:pricing-rules:jar:0.9.1 is missing, no dependency information available");
        b.anomaly("anomaly missing POM", "[WARNING] The POM for com.example.legacy:pricing-rules:jar:0.9.1 is missing, no dependency information available");
        b.line("info-banner", "[INFO] ------------------------------------------------------------------------");
        b.line("info-summary", "[INFO] Reactor Summary for shop-parent 1.42.0-SNAPSHOT:");
        b.line("info-blank", "[INFO] ");
        for (String m : modules) {
            String dots = ".".repeat(Math.max(1, 52 - m.length()));
            b.line("info-summary-row", "[INFO] " + m + " " + dots + " SUCCESS [  " + r.between(0, 2) + "." + r.between(100, 999) + " s]");
        }
        b.line("info-banner", "[INFO] ------------------------------------------------------------------------");
        b.line("info-result", "[INFO] BUILD SUCCESS");
        b.line("info-banner", "[INFO] ------------------------------------------------------------------------");
        b.line("info-total", "[INFO] Total time:  " + r.between(3, 9) + "." + r.between(100, 999) + " s");
        b.line("info-finished", "[INFO] Finished at: 2024-03-14T09:12:0" + r.between(0, 9) + "+01:00");
        b.line("info-banner", "[INFO] ------------------------------------------------------------------------");
        return b.build("mvn-dependency-tree", Family.COMMAND, Route.LINE_ORIENTED);
    }
}
