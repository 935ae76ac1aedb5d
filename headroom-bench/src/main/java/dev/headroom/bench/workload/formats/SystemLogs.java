package dev.headroom.bench.workload.formats;

import java.util.List;

/** Operating-system logs: syslog (RFC 3164 and 5424), journald, macOS, kernel firewall lines, Windows. */
final class SystemLogs {

    private SystemLogs() {}

    static List<LogFormat> all() {
        return List.of(syslog3164(), syslog5424(), journaldShortIso(), journaldJson(), macosSystemLog(), iptables(),
                windowsWevtutil(), windowsEventViewerTsv(), windowsCbs());
    }

    /** What a network syslog collector stores: RFC 3164 with the priority, from Linux hosts and routers. */
    static LogFormat syslog3164() {
        String ts = "${ts:MMM ppd HH:mm:ss}";
        String lx = ts + " ${v:linux}";
        String rtr = "${seq:cisco:48211}: ${v:router}: ${ts:MMM ppd HH:mm:ss.SSS} UTC: ";
        return LogFormat.builder("syslog-rfc3164").start("2024-03-14T06:25:03Z").gapMs(900).records(450)
                .vocab("linux", "bastion-01", "mail-01", "ns1", "ns2", "web-04", "db-02", "dhcp-01")
                .vocab("router", "edge-rtr-01", "edge-rtr-02", "core-sw-01", "core-sw-02")
                .vocab("user", "deploy", "ansible", "jmartin", "okafor", "backup", "nagios")
                .vocab("bot", "admin", "test", "oracle", "ubuntu", "support", "git", "postgres", "user1", "ftpuser")
                .vocab("mx", "gmail-smtp-in.l.google.com", "mx1.mail.example.org", "mx.fastmail.example", "mta7.am0.example.net")
                .vocab("cron", "   cd / && run-parts --report /etc/cron.hourly", "/usr/lib/sysstat/debian-sa1 1 1",
                        "/usr/local/bin/backup.sh --incremental >/dev/null 2>&1", "test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )")
                .info("sshd-accepted", 60, "<86>" + lx + " sshd[${int:1000-65000}]: Accepted publickey for ${v:user} from ${ip:10.20} port ${int:32768-60999} ssh2: ED25519 SHA256:${b64:43}")
                .info("sshd-session-opened", 60, "<86>" + lx + " sshd[${int:1000-65000}]: pam_unix(sshd:session): session opened for user ${v:user}(uid=${int:1000-1010}) by (uid=0)")
                .info("sshd-session-closed", 55, "<86>" + lx + " sshd[${int:1000-65000}]: pam_unix(sshd:session): session closed for user ${v:user}")
                .warn("sshd-invalid-user", 40, "<38>" + lx + " sshd[${int:1000-65000}]: Invalid user ${v:bot} from ${ip} port ${int:1024-65000}")
                .warn("sshd-failed-password", 35, "<38>" + lx + " sshd[${int:1000-65000}]: Failed password for invalid user ${v:bot} from ${ip} port ${int:1024-65000} ssh2")
                .info("sshd-disconnect", 35, "<38>" + lx + " sshd[${int:1000-65000}]: Received disconnect from ${ip} port ${int:1024-65000}:11: Bye Bye [preauth]")
                .info("sshd-closed-preauth", 30, "<38>" + lx + " sshd[${int:1000-65000}]: Connection closed by authenticating user root ${ip} port ${int:1024-65000} [preauth]")
                .info("cron-cmd", 50, "<78>" + lx + " CRON[${int:1000-65000}]: (root) CMD (${v:cron})")
                .info("sudo", 12, "<85>" + lx + " sudo: ${u=v:user} : TTY=pts/${int:0-5} ; PWD=/home/${=u} ; USER=root ; COMMAND=/usr/bin/systemctl ${pick:restart|reload|status} ${pick:nginx|postfix|named|isc-dhcp-server}")
                .error("su-failed", 2, "<34>" + lx + " su[${int:1000-65000}]: FAILED SU (to root) ${v:user} on pts/${int:0-5}")
                .info("postfix-connect", 45, "<22>" + lx + " postfix/smtpd[${int:1000-65000}]: connect from unknown[${ip}]")
                .info("postfix-disconnect", 45, "<22>" + lx + " postfix/smtpd[${int:1000-65000}]: disconnect from unknown[${ip}] ehlo=1 mail=1 rcpt=${int:0-1}/1 data=${int:0-1} quit=1 commands=${int:3-5}")
                .info("postfix-qmgr", 40, "<22>" + lx + " postfix/qmgr[${sticky:qmgr:900-2000}]: ${HEX:10}: from=<${v:user}@example.com>, size=${int:900-90000}, nrcpt=1 (queue active)")
                .info("postfix-sent", 38, "<22>" + lx + " postfix/smtp[${int:1000-65000}]: ${HEX:10}: to=<${v:bot}@example.org>, relay=${v:mx}[${ip}]:25, delay=${dec:0.2-3:2}, delays=0.01/0/${dec:0-1:2}/${dec:0-2:2}, dsn=2.0.0, status=sent (250 2.0.0 OK  ${int:1700000000-1799999999} ${alnum:12} - gsmtp)")
                .warn("postfix-deferred", 8, "<20>" + lx + " postfix/smtp[${int:1000-65000}]: ${HEX:10}: to=<${v:bot}@example.org>, relay=none, delay=${int:30-4000}, delays=${int:30-4000}/0.01/30/0, dsn=4.4.1, status=deferred (connect to ${v:mx}[${ip}]:25: Connection timed out)")
                .warn("postfix-bounced", 4, "<20>" + lx + " postfix/smtp[${int:1000-65000}]: ${HEX:10}: to=<${v:bot}@example.org>, relay=${v:mx}[${ip}]:25, delay=${dec:0.2-3:2}, delays=0.01/0/0.2/0.3, dsn=5.1.1, status=bounced (host ${v:mx}[${ip}] said: 550 5.1.1 <${v:bot}@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))")
                .warn("postfix-no-resolve", 6, "<20>" + lx + " postfix/smtpd[${int:1000-65000}]: warning: hostname ${lower:6}.dyn.example.net does not resolve to address ${ip}: Name or service not known")
                .info("dhcp-discover", 40, "<30>" + lx + " dhcpd[${sticky:dhcpd:700-900}]: DHCPDISCOVER from ${mac} via eth1")
                .info("dhcp-offer", 38, "<30>" + lx + " dhcpd[${sticky:dhcpd:700-900}]: DHCPOFFER on 10.40.${int:0-3}.${int:2-254} to ${mac} via eth1")
                .info("dhcp-request", 38, "<30>" + lx + " dhcpd[${sticky:dhcpd:700-900}]: DHCPREQUEST for 10.40.${int:0-3}.${int:2-254} (10.40.0.2) from ${mac} via eth1")
                .info("dhcp-ack", 38, "<30>" + lx + " dhcpd[${sticky:dhcpd:700-900}]: DHCPACK on 10.40.${int:0-3}.${int:2-254} to ${mac} (${pick:LAPTOP-|DESKTOP-|iPhone-|android-}${ALNUM:7}) via eth1")
                .warn("named-denied", 10, "<28>" + lx + " named[${sticky:named:600-700}]: client @0x7f${hex:9} ${ip}#${int:1024-65000} (${lower:8}.com): query (cache) '${lower:8}.com/A/IN' denied")
                .info("named-lame", 4, "<30>" + lx + " named[${sticky:named:600-700}]: lame-servers: info: no valid RRSIG resolving '${lower:7}.net/DS/IN': ${ip}#53")
                .info("ntpd-soliciting", 3, "<30>" + lx + " ntpd[${sticky:ntpd:500-600}]: Soliciting pool server ${ip}")
                .warn("ntpd-time-error", 2, "<28>" + lx + " ntpd[${sticky:ntpd:500-600}]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized")
                .info("systemd-started", 6, "<30>" + lx + " systemd[1]: Started ${pick:Daily apt download activities|Daily Cleanup of Temporary Directories|Rotate log files|Message of the Day}.")
                .info("rsyslog-hup", 1, "<46>" + lx + " rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2112.0\" x-pid=\"${sticky:rsyslog:700-800}\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed")
                .error("cisco-link-down", 3, "<187>" + rtr + "%LINK-3-UPDOWN: Interface GigabitEthernet0/${int:1-48}, changed state to down")
                .error("cisco-link-up", 3, "<187>" + rtr + "%LINK-3-UPDOWN: Interface GigabitEthernet0/${int:1-48}, changed state to up")
                .info("cisco-lineproto", 6, "<189>" + rtr + "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/${int:1-48}, changed state to ${pick:up|down}")
                .info("cisco-config", 3, "<189>" + rtr + "%SYS-5-CONFIG_I: Configured from console by ${v:user} on vty0 (10.20.${int:0-9}.${int:2-250})")
                .info("cisco-acl", 30, "<190>" + rtr + "%SEC-6-IPACCESSLOGP: list 101 denied tcp ${ip}(${int:1024-65000}) -> 10.10.${int:0-9}.${int:2-250}(${pick:23|22|3389|445|1433}), 1 packet")
                .error("cisco-storm", 2, "<187>" + rtr + "%STORM_CONTROL-3-FILTERED: A packet storm was detected on Gi0/${int:1-48}. A packet filter action has been applied on the interface.")
                .anomaly("cisco-ospf-down", 1, Level.WARN, "<189>" + rtr + "%OSPF-5-ADJCHG: Process 1, Nbr 10.255.0.2 on GigabitEthernet0/1 from FULL to DOWN, Neighbor Down: Dead timer expired")
                .anomaly("kernel-syn-flood", 1, Level.WARN, "<4>" + ts + " web-04 kernel: [${ts:uptime}] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.")
                .anomaly("kernel-ext4-error", 1, Level.ERROR, "<3>" + ts + " db-02 kernel: [${ts:uptime}] EXT4-fs error (device nvme0n1p2): ext4_find_entry:1455: inode #1310721: comm postgres: reading directory lblock 0")
                .build();
    }

    /** RFC 5424 as applications on a platform send it: version 1, ISO time, app name, proc id, message id, structured data. */
    static LogFormat syslog5424() {
        String t = "${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX} ";
        return LogFormat.builder("syslog-rfc5424").start("2024-03-14T10:00:00.250Z").gapMs(350).records(300)
                .vocab("app", "app-01.prod.example.net", "app-02.prod.example.net", "app-03.prod.example.net")
                .vocab("user", "u_2231", "u_9812", "u_0443", "svc-billing", "svc-reports", "admin@example.net")
                .info("payments-charge", 120, "<134>1 " + t + "${v:app} payments ${sticky:pay:2000-2999} - - Processed charge ch_${alnum:24} amount=${int:100-99999} currency=${pick:EUR|USD|GBP} in ${int:20-900}ms")
                .info("payments-refund", 10, "<134>1 " + t + "${v:app} payments ${sticky:pay:2000-2999} - - Refund re_${alnum:24} for charge ch_${alnum:24} accepted (reason=${pick:requested_by_customer|duplicate|fraudulent})")
                .error("payments-declined", 8, "<131>1 " + t + "${v:app} payments ${sticky:pay:2000-2999} - [meta sequenceId=\"${seq:pay:811}\"] Charge failed for customer cus_${alnum:14}: card_declined (insufficient_funds)")
                .warn("payments-retry", 12, "<132>1 " + t + "${v:app} payments ${sticky:pay:2000-2999} - - Retrying call to inventory after 503 (attempt ${int:2-4}/5, backoff ${int:100-1600}ms)")
                .info("haproxy-access", 260, "<134>1 " + t + "lb-01.prod.example.net haproxy ${sticky:hap:1000-1999} - - ${ip}:${int:1024-65000} [${ts:dd/MMM/yyyy:HH:mm:ss.SSS}] https~ api-backend/api-${int:1-6} 0/0/1/${int:5-400}/${int:6-401} ${pick:200|200|200|201|204|304} ${int:200-9000} - - ---- ${int:100-900}/${int:100-900}/${int:0-40}/${int:0-10}/0 0/0 \"${pick:GET|GET|POST|PUT} /v1/${pick:orders|carts|products|customers}/${int:1000-99999} HTTP/1.1\"")
                .warn("haproxy-5xx", 6, "<132>1 " + t + "lb-01.prod.example.net haproxy ${sticky:hap:1000-1999} - - ${ip}:${int:1024-65000} [${ts:dd/MMM/yyyy:HH:mm:ss.SSS}] https~ api-backend/api-${int:1-6} 0/0/1/-1/${int:5000-30000} ${pick:502|503|504} ${int:200-400} - - sH-- ${int:100-900}/${int:100-900}/${int:0-40}/${int:0-10}/0 0/0 \"POST /v1/orders HTTP/1.1\"")
                .warn("haproxy-server-down", 2, "<132>1 " + t + "lb-01.prod.example.net haproxy ${sticky:hap:1000-1999} - - Server api-backend/api-${int:1-6} is DOWN, reason: Layer7 wrong status, code: 503, info: \"Service Unavailable\", check duration: ${int:1-50}ms. ${int:2-5} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
                .info("haproxy-server-up", 2, "<133>1 " + t + "lb-01.prod.example.net haproxy ${sticky:hap:1000-1999} - - Server api-backend/api-${int:1-6} is UP, reason: Layer7 check passed, code: 200, check duration: ${int:1-50}ms. ${int:3-6} active and 0 backup servers online. 0 sessions requeued, 0 total in queue.")
                .info("audit-login", 30, "<86>1 " + t + "${v:app} audit ${sticky:audit:3000-3999} LOGIN [audit@41058 user=\"${v:user}\" result=\"success\" mfa=\"${pick:totp|webauthn|none}\"] session started from ${ip}")
                .warn("audit-login-failed", 6, "<84>1 " + t + "${v:app} audit ${sticky:audit:3000-3999} LOGIN [audit@41058 user=\"${v:user}\" result=\"failure\" reason=\"bad_password\"] login failed from ${ip}")
                .info("audit-role", 2, "<85>1 " + t + "${v:app} audit ${sticky:audit:3000-3999} ROLE [audit@41058 user=\"admin@example.net\" target=\"${v:user}\" role=\"${pick:billing-admin|viewer|support}\"] role granted")
                .info("ledger-close", 20, "<134>1 " + t + "${v:app} ledger ${sticky:ledger:4000-4999} - [timeQuality tzKnown=\"1\" isSynced=\"1\" syncAccuracy=\"${int:10000-900000}\"] Ledger period ${int:202401-202412} batch ${int:1-400} closed with ${int:10-5000} entries")
                .info("cache-stats", 25, "<135>1 " + t + "${v:app} catalog ${sticky:cat:5000-5999} - - cache stats hit_ratio=${dec:0.80-0.99:3} size=${int:10000-200000} evictions=${int:0-900}")
                .info("config-reload", 2, "<133>1 " + t + "${v:app} catalog ${sticky:cat:5000-5999} - - Configuration reloaded from /etc/catalog/catalog.yaml (revision ${int:40-60})")
                .info("sshd", 8, "<38>1 " + t + "bastion-01.prod.example.net sshd ${int:10000-60000} - - Accepted publickey for deploy from 10.20.${int:0-9}.${int:2-250} port ${int:32768-60999} ssh2: ED25519 SHA256:${b64:43}")
                .info("cron", 6, "<78>1 " + t + "${v:app} CRON ${int:10000-60000} - - (root) CMD (/usr/local/bin/rotate-exports --keep 7)")
                .info("systemd-started", 3, "<30>1 " + t + "${v:app} systemd 1 - - Started ${pick:payments.service - Payments API|catalog.service - Catalog API|ledger.service - Ledger worker}.")
                .error("ledger-db-timeout", 3, "<131>1 " + t + "${v:app} ledger ${sticky:ledger:4000-4999} - - ERROR could not obtain connection from pool ledger-db within 5000 ms (active=20, idle=0, waiting=${int:5-40})")
                .anomaly("breaker-open", 1, Level.ERROR, "<129>1 " + t + "app-02.prod.example.net payments 2417 - [breaker@41058 name=\"inventory\" state=\"open\"] Circuit breaker OPEN for inventory after 50 consecutive failures")
                .anomaly("clock-skew", 1, Level.WARN, "<132>1 " + t + "app-03.prod.example.net chronyd 811 - - System clock wrong by 2.814306 seconds, adjustment started")
                .build();
    }

    /** {@code journalctl -o short-iso} on a container host. */
    static LogFormat journaldShortIso() {
        String h = "${ts:yyyy-MM-dd'T'HH:mm:ssxxx} node-7 ";
        return LogFormat.builder("journald-short-iso").start("2024-03-14T00:00:04Z").gapMs(2500).records(400)
                .vocab("unit", "logrotate.service - Rotate log files", "sysstat-collect.service - system activity accounting tool",
                        "apt-daily.service - Daily apt download activities", "man-db.service - Daily man-db regeneration",
                        "phpsessionclean.service - Clean php session files", "fstrim.service - Discard unused blocks on filesystems from /etc/fstab")
                .vocab("user", "deploy", "ci-runner", "mhernandez")
                .info("systemd-starting", 40, h + "systemd[1]: Starting ${v:unit}...")
                .info("systemd-finished", 40, h + "systemd[1]: Finished ${v:unit}.")
                .info("systemd-deactivated", 40, h + "systemd[1]: ${pick:logrotate|sysstat-collect|apt-daily|man-db|fstrim}.service: Deactivated successfully.")
                .info("systemd-cpu", 10, h + "systemd[1]: ${pick:logrotate|man-db|apt-daily}.service: Consumed ${dec:0.1-9:3}s CPU time.")
                .info("session-new", 30, h + "systemd-logind[${sticky:logind:600-700}]: New session ${seq:session:1042} of user ${v:user}.")
                .info("session-removed", 28, h + "systemd-logind[${sticky:logind:600-700}]: Removed session ${int:1000-1200}.")
                .info("session-scope", 28, h + "systemd[1]: session-${int:1000-1200}.scope: Deactivated successfully.")
                .info("sshd-accepted", 30, h + "sshd[${int:10000-60000}]: Accepted publickey for ${v:user} from 10.20.${int:0-9}.${int:2-250} port ${int:32768-60999} ssh2: ED25519 SHA256:${b64:43}")
                .info("containerd-shim", 30, h + "containerd[${sticky:containerd:800-900}]: time=\"${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS}Z\" level=info msg=\"loading plugin \\\"io.containerd.event.v1.publisher\\\"...\" runtime=io.containerd.runc.v2 type=io.containerd.event.v1")
                .info("dockerd-cleanup", 20, h + "dockerd[${sticky:dockerd:900-1000}]: time=\"${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS}Z\" level=info msg=\"ignoring event\" container=${hex:64} module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"")
                .warn("dockerd-health", 6, h + "dockerd[${sticky:dockerd:900-1000}]: time=\"${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS}Z\" level=warning msg=\"Health check for container ${hex:64} error: context deadline exceeded\"")
                .info("network-veth", 24, h + "systemd-networkd[${sticky:networkd:500-599}]: veth${hex:7}: ${pick:Link UP|Gained carrier|Lost carrier|Gained IPv6LL}")
                .info("kernel-bridge", 24, h + "kernel: docker0: port ${int:1-30}(veth${hex:7}) entered ${pick:blocking|forwarding|disabled} state")
                .warn("resolved-degraded", 4, h + "systemd-resolved[${sticky:resolved:400-499}]: Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.2.")
                .info("cron", 18, h + "CRON[${int:10000-60000}]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)")
                .info("timesyncd", 3, h + "systemd-timesyncd[${sticky:timesyncd:300-399}]: Initial synchronization to time server 185.125.190.${int:56-58}:123 (ntp.ubuntu.com).")
                .info("snapd-refresh", 2, h + "snapd[${sticky:snapd:1000-1100}]: storehelpers.go:773: cannot refresh: snap has no updates available: \"core20\", \"lxd\", \"snapd\"")
                .warn("kernel-audit-apparmor", 3, h + "kernel: audit: type=1400 audit(${ts:epoch.ms}:${int:100-999}): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.lxd.daemon\" name=\"/proc/${int:1000-9999}/cmdline\" pid=${int:1000-9999} comm=\"lxd\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0")
                .error("unit-failed-start", 2, h + "systemd[1]: Failed to start backup-upload.service - Upload nightly backup to object storage.")
                .error("unit-exit-failure", 2, h + "systemd[1]: backup-upload.service: Main process exited, code=exited, status=1/FAILURE")
                .warn("unit-failed-result", 2, h + "systemd[1]: backup-upload.service: Failed with result 'exit-code'.")
                .error("backup-error", 2, h + "backup-upload[${int:10000-60000}]: ERROR: upload of /var/backups/db-${ts:yyyyMMdd}.tar.zst failed: RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period")
                .anomaly("boot-marker", 1, Level.INFO, "-- Boot ${hex:32} --")
                .anomaly("kernel-oom", 1, Level.ERROR, h + "kernel: Out of memory: Killed process 48213 (java) total-vm:12582912kB, anon-rss:7864320kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:16012kB oom_score_adj:0")
                .anomaly("kernel-segfault", 1, Level.ERROR, h + "kernel: node[51877]: segfault at 0 ip 00007f3a9c2b1e4d sp 00007ffd8b1c2a10 error 4 in libnode.so.108[7f3a9be00000+1a3c000] likely on CPU 3 (core 3, socket 0)")
                .build();
    }

    /** {@code journalctl -o json}: one JSON object per entry with the journal's trusted fields. */
    static LogFormat journaldJson() {
        String head = "{\"__CURSOR\":\"s=${stickyhex:seqid:32};i=${seq:i:1841632};b=${stickyhex:boot:32};m=${ts:monohex};t=${ts:hexus};x=${hex:16}\","
                + "\"__REALTIME_TIMESTAMP\":\"${ts:epochus}\",\"__MONOTONIC_TIMESTAMP\":\"${ts:monous}\",\"_BOOT_ID\":\"${stickyhex:boot:32}\","
                + "\"_MACHINE_ID\":\"${stickyhex:machine:32}\",\"_HOSTNAME\":\"build-agent-3\",";
        String sys = "\"_TRANSPORT\":\"journal\",\"_UID\":\"0\",\"_GID\":\"0\",";
        return LogFormat.builder("journald-json").start("2024-03-14T08:00:00Z").gapMs(4000).records(300)
                .info("systemd-started", 30, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"3\",\"SYSLOG_IDENTIFIER\":\"systemd\",\"CODE_FILE\":\"src/core/job.c\",\"CODE_LINE\":\"768\",\"CODE_FUNC\":\"job_emit_done_message\"," + sys
                        + "\"_PID\":\"1\",\"_COMM\":\"systemd\",\"_EXE\":\"/usr/lib/systemd/systemd\",\"_CMDLINE\":\"/sbin/init\",\"JOB_TYPE\":\"start\",\"JOB_RESULT\":\"done\",\"UNIT\":\"${u=pick:gitlab-runner|buildkitd|docker|containerd}.service\",\"MESSAGE\":\"Started ${=u}.service.\",\"MESSAGE_ID\":\"39f53479d3a045ac8e11786248231fbf\",\"INVOCATION_ID\":\"${hex:32}\"}")
                .info("systemd-stopped", 10, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"3\",\"SYSLOG_IDENTIFIER\":\"systemd\",\"CODE_FILE\":\"src/core/job.c\",\"CODE_LINE\":\"768\",\"CODE_FUNC\":\"job_emit_done_message\"," + sys
                        + "\"_PID\":\"1\",\"_COMM\":\"systemd\",\"_EXE\":\"/usr/lib/systemd/systemd\",\"_CMDLINE\":\"/sbin/init\",\"JOB_TYPE\":\"stop\",\"JOB_RESULT\":\"done\",\"UNIT\":\"${u=pick:ci-job-scope|docker-prune}.service\",\"MESSAGE\":\"Stopped ${=u}.service.\",\"MESSAGE_ID\":\"9d1aaa27d60140bd96365438aad20286\"}")
                .info("runner-job", 90, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"3\",\"SYSLOG_IDENTIFIER\":\"gitlab-runner\",\"_TRANSPORT\":\"stdout\",\"_PID\":\"${sticky:runner:1200-1300}\",\"_COMM\":\"gitlab-runner\",\"_SYSTEMD_UNIT\":\"gitlab-runner.service\","
                        + "\"MESSAGE\":\"Checking for jobs... received                     \\u001b[0;m  job\\u001b[0;m=${seq:job:4471002} repo_url\\u001b[0;m=https://gitlab.example.com/shop/${pick:api|web|infra}.git runner\\u001b[0;m=${alnum:8}\"}")
                .info("runner-job-succeeded", 80, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"3\",\"SYSLOG_IDENTIFIER\":\"gitlab-runner\",\"_TRANSPORT\":\"stdout\",\"_PID\":\"${sticky:runner:1200-1300}\",\"_COMM\":\"gitlab-runner\",\"_SYSTEMD_UNIT\":\"gitlab-runner.service\","
                        + "\"MESSAGE\":\"Job succeeded                                      \\u001b[0;m  duration_s\\u001b[0;m=${dec:10-900:6} job\\u001b[0;m=${int:4471002-4471900} project\\u001b[0;m=${int:10-90} runner\\u001b[0;m=${alnum:8}\"}")
                .error("runner-job-failed", 6, head + "\"PRIORITY\":\"3\",\"SYSLOG_FACILITY\":\"3\",\"SYSLOG_IDENTIFIER\":\"gitlab-runner\",\"_TRANSPORT\":\"stdout\",\"_PID\":\"${sticky:runner:1200-1300}\",\"_COMM\":\"gitlab-runner\",\"_SYSTEMD_UNIT\":\"gitlab-runner.service\","
                        + "\"MESSAGE\":\"ERROR: Job failed: exit code 1                    \\u001b[0;m  duration_s\\u001b[0;m=${dec:10-900:6} job\\u001b[0;m=${int:4471002-4471900} project\\u001b[0;m=${int:10-90} runner\\u001b[0;m=${alnum:8}\"}")
                .info("docker-pull", 40, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"3\",\"SYSLOG_IDENTIFIER\":\"dockerd\",\"_TRANSPORT\":\"stdout\",\"_PID\":\"${sticky:dockerd:900-1000}\",\"_COMM\":\"dockerd\",\"_SYSTEMD_UNIT\":\"docker.service\","
                        + "\"MESSAGE\":\"time=\\\"${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS}Z\\\" level=info msg=\\\"image pulled\\\" digest=\\\"sha256:${hex:64}\\\" remote=\\\"registry.example.com/ci/${pick:node|maven|python|golang}:${pick:20|3.9|3.12|1.22}\\\"\"}")
                .warn("docker-disk", 4, head + "\"PRIORITY\":\"4\",\"SYSLOG_FACILITY\":\"3\",\"SYSLOG_IDENTIFIER\":\"dockerd\",\"_TRANSPORT\":\"stdout\",\"_PID\":\"${sticky:dockerd:900-1000}\",\"_COMM\":\"dockerd\",\"_SYSTEMD_UNIT\":\"docker.service\","
                        + "\"MESSAGE\":\"time=\\\"${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS}Z\\\" level=warning msg=\\\"failed to prune build cache: ${int:2-9} objects in use\\\"\"}")
                .info("kernel-veth", 30, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"0\",\"SYSLOG_IDENTIFIER\":\"kernel\",\"_TRANSPORT\":\"kernel\",\"_KERNEL_DEVICE\":\"n${int:10-90}\",\"_KERNEL_SUBSYSTEM\":\"net\",\"_UDEV_SYSNAME\":\"veth${hex:7}\","
                        + "\"MESSAGE\":\"docker0: port ${int:1-12}(veth${hex:7}) entered ${pick:blocking|forwarding|disabled} state\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"${ts:monous}\"}")
                .info("sshd", 12, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"4\",\"SYSLOG_IDENTIFIER\":\"sshd\",\"SYSLOG_PID\":\"${p=int:10000-60000}\",\"_TRANSPORT\":\"syslog\",\"_PID\":\"${=p}\",\"_COMM\":\"sshd\",\"_SYSTEMD_UNIT\":\"ssh.service\","
                        + "\"MESSAGE\":\"Accepted publickey for ci from 10.20.${int:0-9}.${int:2-250} port ${int:32768-60999} ssh2: ED25519 SHA256:${b64:43}\",\"SYSLOG_TIMESTAMP\":\"${ts:MMM ppd HH:mm:ss} \"}")
                .info("logind", 10, head + "\"PRIORITY\":\"6\",\"SYSLOG_FACILITY\":\"4\",\"SYSLOG_IDENTIFIER\":\"systemd-logind\",\"_TRANSPORT\":\"journal\",\"_PID\":\"${sticky:logind:600-700}\",\"_COMM\":\"systemd-logind\",\"_SYSTEMD_UNIT\":\"systemd-logind.service\","
                        + "\"SESSION_ID\":\"${s=int:300-900}\",\"USER_ID\":\"ci\",\"LEADER\":\"${int:10000-60000}\",\"MESSAGE\":\"New session ${=s} of user ci.\",\"MESSAGE_ID\":\"8d45620c1a4348dbb17410da57c60c66\"}")
                .anomaly("oom-kill", 1, Level.ERROR, head + "\"PRIORITY\":\"3\",\"SYSLOG_FACILITY\":\"0\",\"SYSLOG_IDENTIFIER\":\"kernel\",\"_TRANSPORT\":\"kernel\","
                        + "\"MESSAGE\":\"Memory cgroup out of memory: Killed process 77140 (java) total-vm:9143288kB, anon-rss:4194304kB, file-rss:31212kB, shmem-rss:0kB, UID:999 pgtables:9112kB oom_score_adj:0\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"${ts:monous}\"}")
                .anomaly("disk-readonly", 1, Level.ERROR, head + "\"PRIORITY\":\"2\",\"SYSLOG_FACILITY\":\"0\",\"SYSLOG_IDENTIFIER\":\"kernel\",\"_TRANSPORT\":\"kernel\","
                        + "\"MESSAGE\":\"EXT4-fs (sdb1): Remounting filesystem read-only\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"${ts:monous}\"}")
                .build();
    }

    /** The classic macOS {@code /var/log/system.log} (BSD syslog, no priority, {@code process[pid]}). */
    static LogFormat macosSystemLog() {
        String h = "${ts:MMM ppd HH:mm:ss} Annas-MacBook-Pro ";
        return LogFormat.builder("macos-system-log").start("2024-07-01T09:00:55Z").gapMs(3000).records(350)
                .info("tb-hpd", 30, h + "kernel[0]: IOThunderboltSwitch<0x${hex:16}>(0x0)::listenerCallback - Thunderbolt HPD packet for route = 0x0 port = ${int:1-12} unplug = ${int:0-1}")
                .info("wake-power", 20, h + "kernel[0]: AppleThunderboltNHIType3::prePCIWake - power up complete - took ${int:1-900} us")
                .info("pm-response", 25, h + "kernel[0]: PM response took ${int:100-3000} ms (${int:40-900}, ${pick:powerd|WindowServer|Google Chrome|Slack Helper})")
                .info("sleep-cause", 6, h + "kernel[0]: Previous sleep cause: ${int:1-5}")
                .info("wifi-link", 20, h + "kernel[0]: AirPort: Link ${pick:Up|Down} on en0. ${pick:Reason 8 (Disassociated because station leaving).|}")
                .info("arpt-mdns", 25, h + "kernel[0]: ARPT: ${dec:1000-90000:6}: wl0: MDNS: IPV4 Addr: 192.168.1.${int:20-200}")
                .info("sandbox-deny", 30, h + "kernel[0]: Sandbox: com.apple.WebKit(${int:400-9000}) deny(1) file-read-data /Users/anna/Library/Application Support/${pick:Google/Chrome|Slack|zoom.us}/${lower:8}")
                .info("launchd-exit", 40, h + "com.apple.xpc.launchd[1] (com.apple.mdworker.shared.${HEX:8}-0000-0000-0000-000000000000[${int:400-9000}]): Service exited due to SIGKILL | sent by mds[${sticky:mds:100-200}]")
                .info("launchd-throttle", 15, h + "com.apple.xpc.launchd[1] (com.apple.${pick:imfoundation.IMRemoteURLConnectionAgent|quicklook.ThumbnailsAgent|SafariBookmarksSyncAgent}): Service only ran for ${int:0-9} seconds. Pushing respawn out by ${int:1-10} seconds.")
                .info("mdns-transitions", 10, h + "mDNSResponder[${sticky:mdns:100-200}]: mDNS_DeregisterInterface: Frequent transitions for interface en0 (192.168.1.${int:20-200})")
                .info("syslogd-asl", 4, h + "syslogd[${sticky:syslogd:40-60}]: ASL Sender Statistics")
                .info("corecapture", 12, h + "corecaptured[${int:400-9000}]: CCFile::captureLog Received Capture notice id: ${ts:epoch}.${int:100000-999999}, reason = ${pick:AuthFail:sts:5_rsn:0|DeauthInd:sts:0_rsn:7}")
                .info("secd-sync", 10, h + "secd[${sticky:secd:200-300}]:  SOSAccountThisDeviceCanSyncWithCircle sync with device failure: Error Domain=com.apple.security.sos.error Code=1035 \"Account identity not set\" UserInfo={NSDescription=Account identity not set}")
                .info("windowserver", 12, h + "WindowServer[${sticky:ws:100-200}]: send_datagram_available_ping: pid ${int:400-9000} failed to act on a ping it dequeued before timing out.")
                .info("last-repeated", 20, "${ts:MMM ppd HH:mm:ss} --- last message repeated ${int:1-9} time${pick:|s} ---")
                .info("usereventagent", 8, h + "UserEventAgent[${sticky:uea:40-60}]: Captive: [CNInfoNetworkActive:1748] en0: SSID 'CorpWiFi' making interface primary (protected network)")
                .warn("chrome-helper", 10, h + "Google Chrome Helper[${int:400-9000}]: Couldn't set selectedTextBackgroundColor from default ()")
                .info("cdscheduler", 5, h + "com.apple.CDScheduler[${sticky:cd:40-60}]: Thermal pressure state: ${int:0-1} Memory pressure state: 0")
                .warn("wakeups", 3, h + "kernel[0]: process ${pick:Slack Helper|zoom.us|Dropbox}[${int:400-9000}] caught causing excessive wakeups. Observed wakeups rate (per sec): ${int:150-900}; Maximum permitted wakeups rate (per sec): 150; Observation period: 300 seconds; Task lifetime number of wakeups: ${int:45000-900000}")
                .error("apsd-error", 2, h + "apsd[${sticky:apsd:90-99}]: Unrecognized leaf certificate")
                .anomaly("crash-report", 1, Level.ERROR, h + "ReportCrash[90211]: Saved crash report for Safari[88123] version 17.5 (19618.2.12.11.6) to /Users/anna/Library/Logs/DiagnosticReports/Safari-2024-07-01-101422.ips")
                .anomaly("smc-interrupt-warning", 1, Level.WARN, h + "kernel[0]: AppleSMC::smcHandleInterruptEvent WARNING status=0x0 (0x40 not set) notif=0x0")
                .build();
    }

    /** Kernel netfilter log lines (iptables LOG target, ufw) in a firewall's kern.log. */
    static LogFormat iptables() {
        String h = "${ts:MMM ppd HH:mm:ss} fw-edge-01 kernel: [${ts:uptime}] ";
        String in = "IN=eth0 OUT= MAC=52:54:00:3a:9c:01:${mac}:08:00 SRC=${ip} DST=198.51.100.${int:10-20} LEN=${int:40-60} TOS=0x00 PREC=0x00 TTL=${int:40-250} ID=${int:0-65535} ";
        return LogFormat.builder("iptables-kernel").start("2024-03-14T11:02:17Z").gapMs(700).records(300).uptimeSeconds(4_000_000)
                .info("ufw-block-ssh", 80, h + "[UFW BLOCK] " + in + "PROTO=TCP SPT=${int:1024-65535} DPT=22 WINDOW=${pick:1024|29200|64240|65535} RES=0x00 SYN URGP=0")
                .info("ufw-block-telnet", 90, h + "[UFW BLOCK] " + in + "PROTO=TCP SPT=${int:1024-65535} DPT=${pick:23|2323} WINDOW=${pick:1024|14600} RES=0x00 SYN URGP=0")
                .info("ufw-block-rdp", 40, h + "[UFW BLOCK] " + in + "DF PROTO=TCP SPT=${int:1024-65535} DPT=3389 WINDOW=${pick:8192|64240} RES=0x00 SYN URGP=0")
                .info("ufw-block-udp", 50, h + "[UFW BLOCK] " + in + "PROTO=UDP SPT=${int:1024-65535} DPT=${pick:123|161|1900|5060|11211} LEN=${int:20-200}")
                .info("ufw-block-icmp", 20, h + "[UFW BLOCK] " + in + "PROTO=ICMP TYPE=8 CODE=0 ID=${int:1-65535} SEQ=${int:0-9}")
                .info("ufw-allow-https", 60, h + "[UFW ALLOW] " + in + "DF PROTO=TCP SPT=${int:1024-65535} DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0")
                .info("ufw-audit", 20, h + "[UFW AUDIT] IN= OUT=eth0 SRC=198.51.100.${int:10-20} DST=${ip} LEN=${int:40-80} TOS=0x00 PREC=0x00 TTL=64 ID=${int:0-65535} DF PROTO=TCP SPT=${int:32768-60999} DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0")
                .info("fwd-drop", 25, h + "IPTABLES-FWD-DROP: IN=eth1 OUT=eth0 MAC=52:54:00:3a:9c:02:${mac}:08:00 SRC=10.40.${int:0-3}.${int:2-254} DST=${ip} LEN=${int:40-1500} TOS=0x00 PREC=0x00 TTL=63 ID=${int:0-65535} DF PROTO=TCP SPT=${int:32768-60999} DPT=${pick:25|6667|4444} WINDOW=64240 RES=0x00 SYN URGP=0")
                .info("drop-invalid", 10, h + "IPTABLES-INVALID: IN=eth0 OUT= MAC=52:54:00:3a:9c:01:${mac}:08:00 SRC=${ip} DST=198.51.100.${int:10-20} LEN=40 TOS=0x00 PREC=0x00 TTL=${int:40-250} ID=${int:0-65535} DF PROTO=TCP SPT=443 DPT=${int:32768-60999} WINDOW=0 RES=0x00 RST URGP=0")
                .info("ufw-limit", 6, h + "[UFW LIMIT BLOCK] " + in + "DF PROTO=TCP SPT=${int:1024-65535} DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0")
                .warn("conntrack-full", 3, h + "nf_conntrack: nf_conntrack: table full, dropping packet")
                .warn("syn-flood", 2, h + "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.")
                .info("net-ratelimit", 8, h + "net_ratelimit: ${int:10-900} callbacks suppressed")
                .anomaly("outbound-c2", 2, Level.WARN, h + "IPTABLES-FWD-DROP: IN=eth1 OUT=eth0 MAC=52:54:00:3a:9c:02:de:ad:be:ef:00:17:08:00 SRC=10.40.2.77 DST=185.220.101.${int:1-60} LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=${int:0-65535} DF PROTO=TCP SPT=${int:32768-60999} DPT=9001 WINDOW=64240 RES=0x00 SYN URGP=0")
                .anomaly("nic-reset", 1, Level.ERROR, h + "ixgbe 0000:03:00.0 eth0: Detected Tx Unit Hang")
                .build();
    }

    private static final String WIN_HOST = "WS-0142.corp.example.com";

    /**
     * Windows events as {@code wevtutil qe System /f:text} prints them: one multi-line record per
     * event, the description after a line of its own.
     */
    static LogFormat windowsWevtutil() {
        LogFormat.Builder b = LogFormat.builder("windows-wevtutil-text").start("2024-03-14T07:41:10Z").gapMs(40_000).records(60);
        for (WinEvent e : WIN_EVENTS) {
            String rec = "Event[${seq:event:0}]:\n"
                    + "  Log Name: " + e.log + "\n"
                    + "  Source: " + e.source + "\n"
                    + "  Date: ${ts:yyyy-MM-dd'T'HH:mm:ss.SSS}\n"
                    + "  Event ID: " + e.id + "\n"
                    + "  Task: " + e.task + "\n"
                    + "  Level: " + e.levelWord() + "\n"
                    + "  Opcode: Info\n"
                    + "  Keyword: " + (e.log.equals("Security") ? "Audit Success" : "Classic") + "\n"
                    + "  User: " + (e.source.startsWith("Microsoft-Windows-Security") ? "N/A" : "S-1-5-18") + "\n"
                    + "  User Name: " + (e.source.startsWith("Microsoft-Windows-Security") ? "N/A" : "NT AUTHORITY\\SYSTEM") + "\n"
                    + "  Computer: " + WIN_HOST + "\n"
                    + "  Description: \n"
                    + e.message;
            add(b, e, rec);
        }
        return b.build();
    }

    /** Event Viewer's "Save All Events As" tab-delimited text: a header, then one line per event. */
    static LogFormat windowsEventViewerTsv() {
        LogFormat.Builder b = LogFormat.builder("windows-eventviewer-tsv").start("2024-03-14T07:41:10Z").gapMs(12_000).records(250)
                .header("Level\tDate and Time\tSource\tEvent ID\tTask Category");
        for (WinEvent e : WIN_EVENTS) {
            String message = e.message.replace("\n", " ");
            add(b, e, e.levelWord() + "\t${ts:M/d/yyyy h:mm:ss a}\t" + e.source + "\t" + e.id + "\t" + e.task + "\t\"" + message + "\"");
        }
        return b.build();
    }

    private static void add(LogFormat.Builder b, WinEvent e, String pattern) {
        String id = e.source.replace("Microsoft-Windows-", "").replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "-" + e.id;
        if (e.anomaly) {
            b.anomaly(id, 1, e.level, pattern);
        } else if (e.level == Level.ERROR) {
            b.error(id, e.weight, pattern);
        } else if (e.level == Level.WARN) {
            b.warn(id, e.weight, pattern);
        } else {
            b.info(id, e.weight, pattern);
        }
    }

    /** A Windows event: log, source, id, task category, level, weight and message (a pattern). */
    private record WinEvent(String log, String source, int id, String task, Level level, int weight, boolean anomaly, String message) {
        String levelWord() {
            return level == Level.ERROR ? "Error" : level == Level.WARN ? "Warning" : "Information";
        }
    }

    private static final List<WinEvent> WIN_EVENTS = List.of(
            new WinEvent("System", "Service Control Manager", 7036, "None", Level.INFO, 120, false,
                    "The ${pick:Windows Update|Background Intelligent Transfer Service|WinHTTP Web Proxy Auto-Discovery Service|Windows Modules Installer|Microsoft Store Install Service} service entered the ${pick:running|stopped} state."),
            new WinEvent("System", "Service Control Manager", 7040, "None", Level.INFO, 20, false,
                    "The start type of the Background Intelligent Transfer Service service was changed from ${pick:demand start to auto start|auto start to demand start}."),
            new WinEvent("System", "Microsoft-Windows-Kernel-General", 16, "None", Level.INFO, 30, false,
                    "The access history in hive \\??\\C:\\Users\\${pick:jdoe|svc_backup}\\AppData\\Local\\Packages\\Microsoft.Windows.Search_cw5n1h2txyewy\\Settings\\settings.dat was cleared updating ${int:1-40} keys and creating ${int:1-9} modified pages."),
            new WinEvent("System", "Microsoft-Windows-WindowsUpdateClient", 19, "Windows Update Agent", Level.INFO, 15, false,
                    "Installation Successful: Windows successfully installed the following update: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.407.${int:100-700}.0) - Current Channel (Broad)"),
            new WinEvent("System", "Microsoft-Windows-WindowsUpdateClient", 44, "Windows Update Agent", Level.INFO, 10, false,
                    "Windows Update started downloading an update."),
            new WinEvent("System", "Microsoft-Windows-Time-Service", 35, "None", Level.INFO, 10, false,
                    "The time service is now synchronizing the system time with the time source dc0${int:1-2}.corp.example.com (ntp.d|0.0.0.0:123->10.0.0.${int:10-11}:123) with reference id ${int:100000000-999999999}. Current local stratum number is 4."),
            new WinEvent("System", "Microsoft-Windows-DistributedCOM", 10016, "None", Level.WARN, 25, false,
                    "The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID \n{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}\n and APPID \n{15C20B67-12E7-4BB6-92BB-7AFF07997402}\n to the user NT AUTHORITY\\SYSTEM SID (S-1-5-18) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool."),
            new WinEvent("System", "Microsoft-Windows-DNS-Client", 1014, "(1014)", Level.WARN, 12, false,
                    "Name resolution for the name ${pick:wpad.corp.example.com|telemetry.example.net|update.vendor.example} timed out after none of the configured DNS servers responded.\nClient PID ${int:1000-9000}"),
            new WinEvent("System", "Microsoft-Windows-Kernel-Power", 41, "(63)", Level.ERROR, 0, true,
                    "The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly."),
            new WinEvent("System", "Disk", 153, "None", Level.WARN, 3, false,
                    "The IO operation at logical block address 0x${hex:7} for Disk 0 (PDO name: \\Device\\0000003${int:0-9}) was retried."),
            new WinEvent("System", "Microsoft-Windows-Ntfs", 55, "None", Level.ERROR, 0, true,
                    "A corruption was discovered in the file system structure on volume D:.\n\nThe exact nature of the corruption is unknown.  The file system structures need to be scanned and fixed offline."),
            new WinEvent("System", "Service Control Manager", 7031, "None", Level.ERROR, 3, false,
                    "The ${pick:Print Spooler|Backup Agent|Sentinel Agent} service terminated unexpectedly.  It has done this ${int:1-4} time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service."),
            new WinEvent("System", "Service Control Manager", 7000, "None", Level.ERROR, 2, false,
                    "The Backup Agent service failed to start due to the following error: \nThe service did not respond to the start or control request in a timely fashion."),
            new WinEvent("System", "Microsoft-Windows-GroupPolicy", 1500, "None", Level.INFO, 6, false,
                    "The Group Policy settings for the computer were processed successfully. There were no changes detected since the last successful processing of Group Policy."),
            new WinEvent("System", "Microsoft-Windows-GroupPolicy", 1129, "None", Level.ERROR, 1, false,
                    "The processing of Group Policy failed because of lack of network connectivity to a domain controller. This may be a transient condition. A success message would be generated once the machine gets connected to the domain controller and Group Policy has successfully processed. If you do not see a success message for several hours, then contact your administrator."),
            new WinEvent("System", "Microsoft-Windows-Winlogon", 7001, "(1101)", Level.INFO, 4, false,
                    "User Logon Notification for Customer Experience Improvement Program"),
            new WinEvent("System", "e1dexpress", 27, "None", Level.WARN, 2, false,
                    "Intel(R) Ethernet Connection (7) I219-LM\n Network link is disconnected."));

    /** The Windows servicing stack's {@code CBS.log}: date, comma, padded level, padded component, message. */
    static LogFormat windowsCbs() {
        String info = "${ts:yyyy-MM-dd HH:mm:ss}, Info                  ";
        String err = "${ts:yyyy-MM-dd HH:mm:ss}, Error                 ";
        String warn = "${ts:yyyy-MM-dd HH:mm:ss}, Warning               ";
        String kb = "Package_${pick:for_KB5034441|for_KB5034763|1_for_KB5033372|for_RollupFix|for_ServicingStack_3920}~31bf3856ad364e35~amd64~~${pick:19041.3920.1.7|10.0.1.4|19041.3803.1.3}";
        return LogFormat.builder("windows-cbs").start("2024-03-14T04:30:30Z").gapMs(300).records(400)
                .info("ts-init-start", 8, info + "CBS    Starting TrustedInstaller initialization.")
                .info("ts-init-end", 8, info + "CBS    Ending TrustedInstaller initialization.")
                .info("ts-main-loop", 8, info + "CBS    Starting the TrustedInstaller main loop.")
                .info("ts-started", 8, info + "CBS    TrustedInstaller service starts successfully.")
                .info("stack-loaded", 8, info + "CBS    Loaded Servicing Stack v10.0.19041.${int:3800-3999} with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.19041.${int:3800-3999}_none_${hex:16}\\cbscore.dll")
                .info("sqm-init", 8, info + "CBS    SQM: Initializing online with Windows opt-in: False")
                .info("sqm-cleanup", 8, info + "CBS    SQM: Cleaning up report files older than 10 days.")
                .info("sqm-request", 8, info + "CBS    SQM: Requesting upload of all unsent reports.")
                .error("sqm-upload-failed", 8, info + "CBS    SQM: Failed to start upload with file pattern: C:\\Windows\\servicing\\sqm\\*_std.sqm, flags: 0x2 [HRESULT = 0x80004005 - E_FAIL]")
                .error("sqm-sample-failed", 8, info + "CBS    SQM: Failed to start standard sample upload. [HRESULT = 0x80004005 - E_FAIL]")
                .info("sqm-queued", 8, info + "CBS    SQM: Queued 0 file(s) for upload with pattern: C:\\Windows\\servicing\\sqm\\*_all.sqm, flags: 0x6")
                .info("session-init", 40, info + "CBS    Session: ${int:31000000-31099999}_${int:1000000000-4000000000} initialized by client ${pick:WindowsUpdateAgent|UpdateAgentLCU|DISM Package Manager Provider}, external staging directory: (null), external registry directory: (null)")
                .info("appl-detect", 260, info + "CBS    Appl: detect Parent, Package: " + kb + ", Parent: Microsoft-Windows-${pick:Foundation|Client-Features|Client-Desktop-Required}-Package~31bf3856ad364e35~amd64~~10.0.19041.${int:1-3999}, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present")
                .info("appl-selfupdate", 120, info + "CBS    Appl: Evaluating applicability block(non detectUpdate part), disposition is: Staged, applicability: Applicable, result applicability state: Installed")
                .info("cached-applicability", 200, info + "CBS    Read out cached package applicability for package: " + kb + ", ApplicableState: 112, CurrentState:112")
                .info("csi-transaction", 90, info + "CSI    ${HEX:8}@${ts:yyyy/M/d:HH:mm:ss.SSS} CSI Transaction @0x${hex:12} initialized for deployment engine {d16d444c-56d8-11d5-882d-0080c847b195} with flags 00000002 and client id [${int:10-40}]\"TI5.${int:31000000-31099999}_${int:1000000000-4000000000}:1/\"")
                .info("csi-store-trans", 60, info + "CSI    ${HEX:8}@${ts:yyyy/M/d:HH:mm:ss.SSS} CSI Transaction @0x${hex:12} destroyed")
                .info("exec-progress", 70, info + "CBS    Exec: Processing started.  Client: WindowsUpdateAgent, Session(Stack): ${int:31000000-31099999}_${int:1000000000-4000000000}, Package: " + kb)
                .info("plan-install", 60, info + "CBS    Plan: Package: " + kb + ", Update: ${int:10000-99999}-${int:1-9999}_neutral_LDR, current: Installed, pending: Default, start: Installed, applicable: Installed, targeted: Installed, limit: Installed")
                .info("perf-tick", 30, info + "CBS    Perf: InstallUninstallChain complete.")
                .info("reboot-mark", 4, info + "CBS    Reboot mark set")
                .info("winlogon", 4, info + "CBS    Winlogon: Registering for CreateSession notifications")
                .info("nonstart", 6, info + "CBS    NonStart: Checking to ensure startup processing was not required.")
                .info("startup-thread", 6, info + "CBS    Startup processing thread terminated normally")
                .info("scavenge", 5, info + "CBS    Scavenge: Starts")
                .info("exec-complete", 10, info + "CBS    Exec: Processing complete, session(Corruption Repairing): ${int:31000000-31099999}_${int:1000000000-4000000000} [HRESULT = 0x00000000 - S_OK]")
                .warn("unrecognized-attr", 30, info + "CBS    Warning: Unrecognized packageExtended attribute.")
                .warn("manifest-invalid", 20, info + "CBS    Expecting attribute name [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]")
                .error("next-element", 20, info + "CBS    Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]")
                .error("open-package-failed", 3, err + "CBS    Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]")
                .warn("dpx-missing", 3, warn + "DPX    Failed to find file in the container: ${lower:8}.cab")
                .error("store-corruption", 2, info + "CSI    ${HEX:8} (F) STATUS_OBJECT_NAME_NOT_FOUND #${int:100000-999999}# from Windows::Rtl::SystemImplementation::DirectFileSystemProvider::SysCreateFile(flags = (AllowSharingViolation), handle = {provider=NULL, handle=0, name= (\"null\")}, da = (SYNCHRONIZE|FILE_READ_ATTRIBUTES), oa = @0x${hex:12}->OBJECT_ATTRIBUTES {s:48; rd:NULL; on:[134]'\\??\\C:\\Windows\\WinSxS\\amd64_microsoft-windows-${lower:9}_31bf3856ad364e35_10.0.19041.${int:1-3999}_none_${hex:16}'; a:(OBJ_CASE_INSENSITIVE)}, as = (null), fa = 0, sa = (FILE_SHARE_READ|FILE_SHARE_WRITE|FILE_SHARE_DELETE), cd = FILE_OPEN, co = (FILE_SYNCHRONOUS_IO_NONALERT|0x00004000), eab = NULL, eal = 0, disp = Invalid)[gle=0xd0000034]")
                .anomaly("repair-failed", 1, Level.ERROR, err + "CBS    Failed to perform operation.  [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]")
                .anomaly("mark-corrupt", 1, Level.ERROR, info + "CBS    Mark store corruption flag because of package: Package_for_KB5034441~31bf3856ad364e35~amd64~~19041.3920.1.7. [HRESULT = 0x80070490 - ERROR_NOT_FOUND]")
                .build();
    }
}
