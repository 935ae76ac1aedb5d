package dev.headroom.bench.workload.formats;

import java.util.List;

/** Server logs: nginx access and error, Apache 2.4 error, PostgreSQL, MySQL 8, Squid, Proxifier. */
final class ServerLogs {

    private ServerLogs() {}

    static List<LogFormat> all() {
        return List.of(nginxAccess(), nginxError(), apacheError(), postgresql(), mysqlError(), squidAccess(), proxifier());
    }

    /** nginx's {@code combined} format plus request time, behind a load balancer. */
    static LogFormat nginxAccess() {
        String h = "${ip} - ${pick:-|-|-|alice|svc-ci} [${ts:dd/MMM/yyyy:HH:mm:ss} +0000] \"";
        String ua = "\"${v:ua}\"";
        return LogFormat.builder("nginx-access").start("2024-03-14T09:12:00Z").gapMs(60).records(500)
                .vocab("ua", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
                        "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
                        "okhttp/4.12.0", "shop-ios/5.12.1 (iPhone15,2; iOS 17.3.1)")
                .info("page", 200, h + "GET /${pick:|products/${int:1000-99999}|category/${pick:shoes|bags|outdoor}|cart|account} HTTP/2.0\" 200 ${int:8000-90000} \"https://shop.example.com/\" " + ua + " ${dec:0.005-0.4:3}")
                .info("static", 300, h + "GET /static/${pick:js/main|js/vendor|css/app}.${hex:8}.${pick:js|css} HTTP/2.0\" ${pick:200|304|304} ${int:0-400000} \"https://shop.example.com/\" " + ua + " 0.000")
                .info("image", 200, h + "GET /media/products/${hex:12}_${pick:320|640|1280}.webp HTTP/2.0\" ${pick:200|200|304} ${int:5000-200000} \"https://shop.example.com/category/${pick:shoes|bags|outdoor}\" " + ua + " 0.00${int:0-9}")
                .info("api-get", 250, h + "GET /api/v1/${pick:products|cart|recommendations}?${pick:page=${int:1-40}|ids=${int:1000-9999},${int:1000-9999}|limit=20} HTTP/2.0\" 200 ${int:200-20000} \"https://shop.example.com/\" " + ua + " ${dec:0.01-0.3:3}")
                .info("api-post", 80, h + "POST /api/v1/${pick:cart/items|orders|events} HTTP/2.0\" ${pick:200|201|202} ${int:20-900} \"https://shop.example.com/cart\" " + ua + " ${dec:0.02-0.9:3}")
                .info("health", 150, "10.0.${int:0-3}.${int:2-250} - - [${ts:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" 0.001")
                .info("login-redirect", 30, h + "POST /account/login HTTP/2.0\" 302 0 \"https://shop.example.com/account/login\" " + ua + " ${dec:0.05-0.3:3}")
                .info("bot", 40, "${ip} - - [${ts:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /${pick:robots.txt|sitemap.xml|products/${int:1000-99999}} HTTP/1.1\" 200 ${int:100-90000} \"-\" \"Mozilla/5.0 (compatible; ${pick:Googlebot/2.1; +http://www.google.com/bot.html|bingbot/2.0; +http://www.bing.com/bingbot.htm|AhrefsBot/7.0; +http://ahrefs.com/robot/})\" ${dec:0.005-0.2:3}")
                .warn("not-found", 40, h + "GET /${pick:products/${int:100000-999999}|favicon.png|apple-touch-icon-precomposed.png} HTTP/2.0\" 404 ${int:100-600} \"-\" " + ua + " 0.00${int:1-9}")
                .warn("scanner", 25, "${ip} - - [${ts:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /${pick:wp-login.php|.env|.git/config|phpmyadmin/index.php|vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php} HTTP/1.1\" 404 ${int:100-600} \"-\" \"${pick:Mozilla/5.0 zgrab/0.x|python-requests/2.31.0|curl/8.4.0}\" 0.000")
                .warn("client-closed", 10, h + "GET /api/v1/recommendations?limit=20 HTTP/2.0\" 499 0 \"https://shop.example.com/\" " + ua + " ${dec:5-30:3}")
                .warn("rate-limited", 12, h + "POST /api/v1/events HTTP/2.0\" 429 ${int:100-200} \"https://shop.example.com/\" " + ua + " 0.000")
                .error("bad-gateway", 6, h + "${pick:GET|POST} /api/v1/${pick:orders|cart} HTTP/2.0\" ${pick:502|504} ${int:150-600} \"https://shop.example.com/checkout\" " + ua + " ${dec:0.5-60:3}")
                .error("server-error", 4, h + "POST /api/v1/orders HTTP/2.0\" 500 ${int:50-200} \"https://shop.example.com/checkout\" " + ua + " ${dec:0.05-2:3}")
                .anomaly("traversal", 1, Level.WARN, "198.51.100.23 - - [${ts:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /media/..%2f..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\" 400 157 \"-\" \"sqlmap/1.7.2#stable (https://sqlmap.org)\" 0.000")
                .anomaly("huge-response", 1, Level.WARN, "10.0.2.17 - svc-ci [${ts:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET /api/v1/export/orders?from=2015-01-01 HTTP/1.1\" 200 1873220941 \"-\" \"python-requests/2.31.0\" 912.440")
                .build();
    }

    /** nginx's error log: {@code yyyy/MM/dd HH:mm:ss [level] pid#tid: *conn message, client: ..., server: ...}. */
    static LogFormat nginxError() {
        String h = "${ts:yyyy/MM/dd HH:mm:ss} ";
        String w = "${sticky:w:20-40}#${sticky:w:20-40}: *${int:100000-999999} ";
        String req = ", client: ${ip}, server: ${pick:shop.example.com|api.example.com}, request: \"${pick:GET|POST} /api/v1/${pick:orders|cart|products}${pick:|/${int:1000-99999}} HTTP/2.0\"";
        return LogFormat.builder("nginx-error").start("2024-03-14T09:12:00Z").gapMs(2000).records(300)
                .error("upstream-refused", 60, h + "[error] " + w + "connect() failed (111: Connection refused) while connecting to upstream" + req + ", upstream: \"http://10.0.4.${int:10-20}:8080/api/v1/orders\", host: \"api.example.com\"")
                .error("upstream-timeout", 50, h + "[error] " + w + "upstream timed out (110: Connection timed out) while reading response header from upstream" + req + ", upstream: \"http://10.0.4.${int:10-20}:8080/api/v1/cart\", host: \"api.example.com\"")
                .error("no-live-upstreams", 10, h + "[error] " + w + "no live upstreams while connecting to upstream" + req + ", upstream: \"http://api_backend/api/v1/orders\", host: \"api.example.com\"")
                .error("open-failed", 80, h + "[error] " + w + "open() \"/usr/share/nginx/html/${pick:favicon.png|apple-touch-icon.png|ads.txt|.well-known/security.txt}\" failed (2: No such file or directory), client: ${ip}, server: shop.example.com, request: \"GET /${pick:favicon.png|apple-touch-icon.png|ads.txt|.well-known/security.txt} HTTP/1.1\", host: \"shop.example.com\"")
                .warn("buffered", 60, h + "[warn] " + w + "an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/${int:1-9}/${int:10-99}/00000${int:10000-99999} while reading upstream" + req + ", upstream: \"http://10.0.4.${int:10-20}:8080/api/v1/products\", host: \"api.example.com\"")
                .warn("limiting", 70, h + "[warn] " + w + "delaying request, excess: ${dec:0.1-9.9:3}, by zone \"api\"" + req + ", host: \"api.example.com\"")
                .error("limit-reject", 40, h + "[error] " + w + "limiting requests, excess: ${dec:10-20:3} by zone \"api\"" + req + ", host: \"api.example.com\"")
                .warn("server-disabled", 8, h + "[warn] " + w + "upstream server temporarily disabled while reading response header from upstream" + req + ", upstream: \"http://10.0.4.${int:10-20}:8080/api/v1/orders\", host: \"api.example.com\"")
                .info("client-closed", 90, h + "[info] " + w + "client ${ip} closed keepalive connection")
                .info("ssl-eof", 60, h + "[info] " + w + "SSL_read() failed (SSL: error:0A000126:SSL routines::unexpected eof while reading) while keepalive, client: ${ip}, server: 0.0.0.0:443")
                .error("ssl-handshake", 20, h + "[crit] " + w + "SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: ${ip}, server: 0.0.0.0:443")
                .error("body-too-large", 6, h + "[error] " + w + "client intended to send too large body: ${int:10000000-90000000} bytes, client: ${ip}, server: api.example.com, request: \"POST /api/v1/uploads HTTP/2.0\", host: \"api.example.com\"")
                .info("signal", 3, h + "[notice] 1#1: signal ${pick:1 (SIGHUP)|17 (SIGCHLD)} received${pick:, reconfiguring| from 1}")
                .info("worker-start", 6, h + "[notice] 1#1: start worker process ${int:30-80}")
                .info("gracefully", 4, h + "[notice] ${int:20-40}#${int:20-40}: gracefully shutting down")
                .info("exiting", 4, h + "[notice] ${int:20-40}#${int:20-40}: exiting")
                .info("version", 1, h + "[notice] 1#1: nginx/1.25.4")
                .info("epoll", 1, h + "[notice] 1#1: using the \"epoll\" event method")
                .anomaly("worker-signal-11", 1, Level.ERROR, h + "[alert] 1#1: worker process 37 exited on signal 11 (core dumped)")
                .anomaly("bind-failed", 1, Level.ERROR, h + "[emerg] 1#1: bind() to 0.0.0.0:443 failed (98: Address already in use)")
                .build();
    }

    /** Apache httpd 2.4's error log: {@code [time] [module:level] [pid N:tid N] [client ip:port] AHnnnnn: message}. */
    static LogFormat apacheError() {
        String h = "[${ts:EEE MMM dd HH:mm:ss.SSSSSS yyyy}] ";
        String pid = "[pid ${int:1000-9999}:tid ${int:139800000000000-139899999999999}] ";
        String client = "[client ${ip}:${int:1024-65000}] ";
        return LogFormat.builder("apache-error-2.4").start("2024-03-14T09:12:00Z").gapMs(1500).records(300)
                .error("php-warning", 120, h + "[proxy_fcgi:error] " + pid + client + "AH01071: Got error 'PHP message: PHP Warning:  Undefined array key \"${pick:id|page|lang|utm_source}\" in /var/www/html/${pick:index|product|search}.php on line ${int:10-400}', referer: https://www.example.org/${pick:|shop/|blog/}")
                .error("php-fatal", 10, h + "[proxy_fcgi:error] " + pid + client + "AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught Error: Call to a member function fetch_assoc() on bool in /var/www/html/search.php:${int:40-90}\\nStack trace:\\n#0 {main}\\n  thrown in /var/www/html/search.php on line ${int:40-90}'")
                .error("client-denied", 60, h + "[authz_core:error] " + pid + client + "AH01630: client denied by server configuration: /var/www/html/${pick:.git|.env|server-status|wp-config.php.bak}")
                .error("symlink", 10, h + "[core:error] " + pid + client + "AH00037: Symbolic link not allowed or link target not accessible: /var/www/html/${pick:media|downloads}")
                .error("invalid-uri", 15, h + "[core:error] " + pid + client + "AH10244: invalid URI path (/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh)")
                .error("proxy-refused", 20, h + "[proxy:error] " + pid + "(111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (localhost:8080) failed")
                .error("proxy-backend", 20, h + "[proxy_http:error] " + pid + client + "AH01114: HTTP: failed to make connection to backend: localhost")
                .info("ssl-connect", 150, h + "[ssl:info] " + pid + client + "AH01964: Connection to child ${int:0-150} established (server www.example.org:443)")
                .info("reqtimeout", 100, h + "[reqtimeout:info] " + pid + client + "AH01382: Request header read timeout")
                .warn("ssl-cert-name", 3, h + "[ssl:warn] " + pid + "AH01909: www.example.org:443:0 server certificate does NOT include an ID which matches the server name")
                .error("scoreboard-full", 6, h + "[mpm_event:error] " + pid + "AH00485: scoreboard is full, not at MaxRequestWorkers")
                .info("resuming", 3, h + "[mpm_event:notice] [pid ${sticky:main:900-999}:tid ${int:139800000000000-139899999999999}] AH00489: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations")
                .info("cmdline", 3, h + "[core:notice] [pid ${sticky:main:900-999}:tid ${int:139800000000000-139899999999999}] AH00094: Command line: '/usr/sbin/apache2'")
                .info("sigusr1", 3, h + "[mpm_event:notice] [pid ${sticky:main:900-999}:tid ${int:139800000000000-139899999999999}] AH00493: SIGUSR1 received.  Doing graceful restart")
                .error("cgi-stderr", 30, h + "[cgid:error] " + pid + client + "AH01215: ${pick:Use of uninitialized value $q in concatenation|DBI connect failed} at /usr/lib/cgi-bin/search.pl line ${int:20-90}.: /usr/lib/cgi-bin/search.pl")
                .anomaly("unclean", 1, Level.WARN, h + "[core:warn] [pid 944:tid 139841211455360] AH00098: pid file /var/run/apache2/apache2.pid overwritten -- Unclean shutdown of previous Apache run?")
                .anomaly("child-segfault", 1, Level.ERROR, h + "[core:notice] [pid 944:tid 139841211455360] AH00052: child pid 8127 exit signal Segmentation fault (11)")
                .build();
    }

    /** PostgreSQL with {@code log_line_prefix = '%m [%p] %q%u@%d '}; DETAIL, HINT and STATEMENT lines continue a record. */
    static LogFormat postgresql() {
        String h = "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [${p=int:10000-99999}] ";
        String app = h + "${u=pick:app|app|app|reporting}@shop ";
        String cont = "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [${=p}] ${=u}@shop ";
        return LogFormat.builder("postgresql").start("2024-03-14T09:12:00Z").gapMs(700).records(350)
                .info("conn-received", 150, h + "LOG:  connection received: host=10.0.${int:1-9}.${int:2-250} port=${int:30000-60000}")
                .info("conn-authorized", 150, h + "${pick:app|reporting}@shop LOG:  connection authorized: user=${pick:app|reporting} database=shop application_name=${pick:PostgreSQL JDBC Driver|psql|metabase} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
                .info("disconnection", 140, h + "${pick:app|reporting}@shop LOG:  disconnection: session time: ${int:0-9}:${int:10-59}:${int:10-59}.${int:100-999} user=${pick:app|reporting} database=shop host=10.0.${int:1-9}.${int:2-250} port=${int:30000-60000}")
                .info("duration", 200, app + "LOG:  duration: ${dec:500-9000:3} ms  statement: ${pick:SELECT o.id, o.status, sum(i.qty) FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.created_at > now() - interval '1 day' GROUP BY o.id|UPDATE stock SET qty = qty - $1 WHERE sku = $2 AND warehouse = $3|SELECT * FROM customers WHERE lower(email) = lower($1)}")
                .info("checkpoint-start", 20, h + "LOG:  checkpoint starting: time")
                .info("checkpoint-complete", 20, h + "LOG:  checkpoint complete: wrote ${int:100-9000} buffers (${dec:0.1-9:1}%); 0 WAL file(s) added, 0 removed, ${int:0-4} recycled; write=${dec:20-270:3} s, sync=${dec:0.001-0.2:3} s, total=${dec:20-270:3} s; sync files=${int:10-90}, longest=${dec:0.001-0.1:3} s, average=0.00${int:1-9} s; distance=${int:1000-90000} kB, estimate=${int:1000-90000} kB; lsn=${HEX:2}/${HEX:8}, redo lsn=${HEX:2}/${HEX:8}")
                .info("autovacuum", 40, h + "LOG:  automatic vacuum of table \"shop.public.${pick:orders|order_items|stock|sessions}\": index scans: ${int:0-1}\n"
                        + "\tpages: 0 removed, ${int:1000-90000} remain, ${int:10-900} scanned (${dec:0.1-9:2}% of total)\n"
                        + "\ttuples: ${int:10-9000} removed, ${int:10000-900000} remain, 0 are dead but not yet removable\n"
                        + "\tbuffer usage: ${int:100-9000} hits, ${int:0-900} misses, ${int:0-900} dirtied\n"
                        + "\tsystem usage: CPU: user: 0.${int:01-99} s, system: 0.00 s, elapsed: 0.${int:01-99} s")
                .info("autoanalyze", 30, h + "LOG:  automatic analyze of table \"shop.public.${pick:orders|order_items|stock}\"\n"
                        + "\tavg read rate: ${dec:0-40:3} MB/s, avg write rate: ${dec:0-9:3} MB/s\n"
                        + "\tbuffer usage: ${int:100-9000} hits, ${int:0-900} misses, ${int:0-90} dirtied\n"
                        + "\tsystem usage: CPU: user: 0.${int:01-99} s, system: 0.00 s, elapsed: 0.${int:01-99} s")
                .info("temp-file", 30, app + "LOG:  temporary file: path \"base/pgsql_tmp/pgsql_tmp${=p}.${int:0-9}\", size ${int:1000000-900000000}\n"
                        + cont + "STATEMENT:  SELECT customer_id, count(*) FROM orders GROUP BY customer_id ORDER BY 2 DESC")
                .warn("no-transaction", 20, app + "WARNING:  there is no transaction in progress")
                .info("client-reset", 25, app + "LOG:  could not receive data from client: Connection reset by peer")
                .error("duplicate-key", 40, app + "ERROR:  duplicate key value violates unique constraint \"orders_idempotency_key_key\"\n"
                        + cont + "DETAIL:  Key (idempotency_key)=(${uuid}) already exists.\n"
                        + cont + "STATEMENT:  INSERT INTO orders (id, customer_id, idempotency_key, status) VALUES ($1, $2, $3, $4)")
                .error("statement-timeout", 15, app + "ERROR:  canceling statement due to statement timeout\n"
                        + cont + "STATEMENT:  SELECT * FROM order_items WHERE order_id = ANY($1)")
                .error("relation-missing", 5, app + "ERROR:  relation \"order_archive_${int:2019-2022}\" does not exist at character 15\n"
                        + cont + "STATEMENT:  SELECT count(*) FROM order_archive_${int:2019-2022}")
                .error("auth-failed", 8, h + "reporting@shop FATAL:  password authentication failed for user \"reporting\"\n"
                        + "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [${=p}] reporting@shop DETAIL:  Connection matched file \"/etc/postgresql/16/main/pg_hba.conf\" line 118: \"hostssl shop reporting 10.0.0.0/16 scram-sha-256\"")
                .error("admin-terminate", 3, app + "FATAL:  terminating connection due to administrator command")
                .anomaly("deadlock", 1, Level.ERROR, "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [48213] app@shop ERROR:  deadlock detected\n"
                        + "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [48213] app@shop DETAIL:  Process 48213 waits for ShareLock on transaction 99182231; blocked by process 48199.\n"
                        + "\tProcess 48199 waits for ShareLock on transaction 99182230; blocked by process 48213.\n"
                        + "\tProcess 48213: UPDATE stock SET qty = qty - $1 WHERE sku = $2 AND warehouse = $3\n"
                        + "\tProcess 48199: UPDATE stock SET qty = qty - $1 WHERE sku = $2 AND warehouse = $3\n"
                        + "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [48213] app@shop HINT:  See server log for query details.\n"
                        + "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [48213] app@shop CONTEXT:  while updating tuple (4411,17) in relation \"stock\"")
                .anomaly("killed", 1, Level.ERROR, "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [1108] LOG:  server process (PID 51277) was terminated by signal 9: Killed")
                .anomaly("no-space", 1, Level.ERROR, "${ts:yyyy-MM-dd HH:mm:ss.SSS} UTC [1114] PANIC:  could not write to file \"pg_wal/xlogtemp.1114\": No space left on device")
                .build();
    }

    /** MySQL 8's error log: time, thread, [label], [error code], [subsystem], message. */
    static LogFormat mysqlError() {
        String h = "${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSS}Z ";
        return LogFormat.builder("mysql-error-8").start("2024-03-14T09:12:00Z").gapMs(3000).records(300)
                .info("aborted-connection", 200, h + "${int:1000-99999} [Note] [MY-010914] [Server] Aborted connection ${int:1000-99999} to db: '${pick:shop|reporting}' user: '${pick:app|etl}' host: '10.0.${int:1-9}.${int:2-250}' (Got an error reading communication packets).")
                .warn("ip-resolve", 80, h + "${int:1000-99999} [Warning] [MY-010055] [Server] IP address '10.0.${int:1-9}.${int:2-250}' could not be resolved: Name or service not known")
                .warn("native-password", 60, h + "${int:1000-99999} [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'")
                .info("timeout-connection", 60, h + "${int:1000-99999} [Note] [MY-010914] [Server] Aborted connection ${int:1000-99999} to db: 'shop' user: 'app' host: '10.0.${int:1-9}.${int:2-250}' (Got timeout reading communication packets).")
                .error("repl-connect", 30, h + "${sticky:io:5-20} [ERROR] [MY-010584] [Repl] Replica I/O for channel '': Error connecting to source 'repl@10.0.0.2:3306'. This was attempt ${int:1-10}/86400, with a delay of 60 seconds between attempts. Message: Can't connect to MySQL server on '10.0.0.2:3306' (111), Error_code: MY-002003")
                .info("repl-connected", 6, h + "${sticky:io:5-20} [System] [MY-010562] [Repl] Replica I/O thread for channel '': connected to source 'repl@10.0.0.2:3306',replication started in log 'binlog.000${int:100-199}' at position ${int:4-99999999}")
                .warn("innodb-long-semaphore", 5, h + "0 [Warning] [MY-012985] [InnoDB] A long semaphore wait:")
                .info("startup", 1, h + "0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 1")
                .info("innodb-init", 1, h + "1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.")
                .info("innodb-ended", 1, h + "1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.")
                .warn("ca-self-signed", 1, h + "0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.")
                .warn("pid-insecure", 1, h + "0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.")
                .info("ready", 1, h + "0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.")
                .info("deadlock-report", 4, h + "${t=int:1000-99999} [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)\n"
                        + h + "${=t} [Note] [MY-012469] [InnoDB] *** (1) TRANSACTION:\n"
                        + "TRANSACTION ${int:1000000-9999999}, ACTIVE 0 sec starting index read\n"
                        + "mysql tables in use 1, locked 1\n"
                        + "LOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s)\n"
                        + "MySQL thread id ${int:1000-99999}, OS thread handle 1399${int:10000000-99999999}, query id ${int:1000000-9999999} 10.0.${int:1-9}.${int:2-250} app updating\n"
                        + "UPDATE stock SET qty = qty - 1 WHERE sku = 'sku-${int:10000-99999}'\n"
                        + h + "${=t} [Note] [MY-012469] [InnoDB] *** WE ROLL BACK TRANSACTION (2)")
                .anomaly("disk-full", 1, Level.ERROR, h + "812 [ERROR] [MY-012592] [InnoDB] Operating system error number 28 in a file operation.")
                .anomaly("crash-recovery", 1, Level.WARN, h + "1 [Warning] [MY-012200] [InnoDB] Starting crash recovery from checkpoint LSN=48213990112")
                .build();
    }

    /** Squid's native access log: epoch seconds with milliseconds, elapsed ms, client, code/status, bytes, method, URL, user, hierarchy, type. */
    static LogFormat squidAccess() {
        String h = "${ts:epoch.ms} ${>6int:0-2000} 10.50.${int:0-7}.${int:2-250} ";
        return LogFormat.builder("squid-access").start("2024-03-14T09:12:00Z").gapMs(80).records(700)
                .info("tunnel", 500, h + "TCP_TUNNEL/200 ${int:500-900000} CONNECT ${pick:www.google.com|outlook.office365.com|github.com|api.slack.com|update.googleapis.com|teams.microsoft.com}:443 - HIER_DIRECT/${ip} -")
                .info("miss", 250, h + "TCP_MISS/200 ${int:300-90000} GET http://${pick:deb.debian.org/debian/dists/bookworm/InRelease|ocsp.digicert.com/MFEwTzBNMEswSTAJBgUrDgMCGgUABBS|crl.example-ca.net/root.crl|detectportal.firefox.com/canonical.html} - HIER_DIRECT/${ip} ${pick:text/html|application/octet-stream|application/ocsp-response|application/pkix-crl}")
                .info("hit", 150, h + "TCP_${pick:HIT|MEM_HIT}/200 ${int:300-900000} GET http://deb.debian.org/debian/pool/main/${lower:1}/${lower:6}/${lower:6}_${int:1-9}.${int:0-9}-${int:1-9}_amd64.deb - HIER_NONE/- application/vnd.debian.binary-package")
                .info("refresh", 60, h + "TCP_REFRESH_UNMODIFIED/304 ${int:200-400} GET http://deb.debian.org/debian/dists/bookworm-updates/InRelease - HIER_DIRECT/${ip} -")
                .warn("denied", 60, h + "TCP_DENIED/403 ${int:3800-4000} ${pick:GET|CONNECT} ${pick:http://ads.example-tracker.net/pixel.gif|pastebin.com:443|http://${lower:8}.xyz/} - HIER_NONE/- text/html")
                .warn("aborted", 30, h + "TCP_MISS_ABORTED/000 0 GET http://${lower:8}.example.com/${lower:6} - HIER_DIRECT/${ip} -")
                .error("miss-503", 10, h + "TCP_MISS/503 ${int:3900-4300} GET http://${pick:repo.internal.example|mirror.example.net}/${lower:6} - HIER_DIRECT/${ip} text/html")
                .error("tag-none-503", 8, h + "TAG_NONE/503 0 CONNECT ${pick:registry.npmjs.org|pypi.org|repo1.maven.org}:443 - HIER_NONE/- -")
                .error("invalid-request", 4, h + "NONE_NONE/400 ${int:3800-4000} NONE error:invalid-request - HIER_NONE/- text/html")
                .info("authenticated", 40, h + "TCP_TUNNEL/200 ${int:500-90000} CONNECT ${pick:login.microsoftonline.com|accounts.google.com}:443 ${pick:jdoe|asmith|rkumar}@CORP HIER_DIRECT/${ip} -")
                .anomaly("exfil", 1, Level.WARN, "${ts:epoch.ms} 913442 10.50.3.77 TCP_TUNNEL/200 4294103871 CONNECT transfer.example-share.io:443 - HIER_DIRECT/203.0.113.91 -")
                .anomaly("cache-denied-internal", 1, Level.ERROR, "${ts:epoch.ms}      0 10.50.6.12 TCP_DENIED/403 3971 GET http://169.254.169.254/latest/meta-data/iam/security-credentials/ - HIER_NONE/- text/html")
                .build();
    }

    /** A Proxifier-style connection log: {@code [MM.dd HH:mm:ss] program - host:port action}. */
    static LogFormat proxifier() {
        String h = "[${ts:MM.dd HH:mm:ss}] ";
        String prog = "${pick:chrome.exe|chrome.exe|msedge.exe|Teams.exe|Slack.exe|OneDrive.exe|Code.exe|git-remote-https.exe}";
        String host = "${pick:www.googleapis.com|clients4.google.com|teams.microsoft.com|edgeapi.slack.com|skyapi.live.net|github.com|update.code.visualstudio.com|marketplace.visualstudio.com}:443";
        return LogFormat.builder("proxifier").start("2024-03-14T08:40:02Z").gapMs(600).records(500)
                .info("open", 400, h + prog + " - " + host + " open through proxy proxy.corp.example:8080 HTTPS")
                .info("close", 380, h + prog + " - " + host + " close, ${int:0-900000} bytes${pick:| (${dec:1-900:2} KB)} sent, ${int:0-9000000} bytes${pick:| (${dec:1-900:2} KB)| (${dec:1-9:2} MB)} received, lifetime ${pick:<1 sec|00:${int:01-59}|${int:01-59}:${int:01-59}}")
                .info("open-direct", 60, h + "${pick:svchost.exe *64|OneDrive.exe} - ${pick:login.live.com|settings-win.data.microsoft.com}:443 open directly")
                .info("close-direct", 60, h + "${pick:svchost.exe *64|OneDrive.exe} - ${pick:login.live.com|settings-win.data.microsoft.com}:443 close, ${int:0-90000} bytes sent, ${int:0-90000} bytes received, lifetime <1 sec")
                .info("dns", 40, h + "${pick:chrome.exe|Teams.exe} - ${lower:7}.${pick:com|net|io} resolving through proxy")
                .info("matching-rule", 20, h + "${pick:Code.exe|git-remote-https.exe} - github.com:443 matching rule \"Default\" using proxy proxy.corp.example:8080")
                .warn("proxy-timeout", 15, h + prog + " - " + host + " error : A connection request was canceled before the completion.")
                .error("cannot-connect", 10, h + prog + " - " + host + " error : Could not connect to proxy proxy.corp.example:8080 - connection attempt failed with error 10061")
                .error("proxy-503", 6, h + prog + " - " + host + " error : Could not connect through proxy proxy.corp.example:8080 - Proxy server cannot establish a connection with the target, status code 503")
                .anomaly("unknown-program", 1, Level.WARN, h + "updater64.exe *64 - 185.220.101.44:9001 open through proxy proxy.corp.example:8080 HTTPS")
                .build();
    }
}
