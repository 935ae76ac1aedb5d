package dev.headroom.bench.workload.formats;

import java.util.List;

/**
 * Application and runtime logs: Android logcat, container JSON lines, kubelet (klog), Java (logback
 * and Elasticsearch's log4j2 layout), Python (Celery), Go (logrus, zap), Rust (env_logger, tracing),
 * a mobile health app, and a log with level words but no timestamps.
 */
final class AppLogs {

    private AppLogs() {}

    static List<LogFormat> all() {
        return List.of(androidLogcat(), dockerJsonLines(), kubeletKlog(), logbackJava(), elasticsearchLog4j2(), pythonCelery(),
                goLogrus(), goZapJson(), rustEnvLogger(), rustTracing(), healthApp(), levelWordsNoTimestamp());
    }

    /** {@code adb logcat -v threadtime}: date, time, pid, tid, level letter, tag padded to 8, message. */
    static LogFormat androidLogcat() {
        String t = "${ts:MM-dd HH:mm:ss.SSS} ";
        String ss = t + "${>5sticky:ss:1100-1199} ${>5int:1200-4200} ";
        String ui = t + "${>5sticky:ui:2000-2999} ${>5sticky:ui:2000-2999} ";
        String app = t + "${>5sticky:app:12000-19999} ${>5sticky:app:12000-19999} ";
        String crash = t + "${>5sticky:app:12000-19999} ${>5sticky:app:12000-19999} E AndroidRuntime: ";
        return LogFormat.builder("android-logcat").start("2024-03-14T08:15:02.118Z").gapMs(180).records(450)
                .vocab("pkg", "com.google.android.gms", "com.google.android.gms.persistent", "com.android.vending", "com.whatsapp",
                        "com.spotify.music", "com.android.chrome", "com.google.android.apps.photos", "com.example.shop")
                .info("am-start-proc", 40, ss + "I ActivityManager: Start proc ${int:12000-29999}:${v:pkg}/u0a${int:10-300} for ${pick:service|broadcast|activity|content provider} {${v:pkg}/${pick:.MainActivity|.sync.SyncService|.receiver.BootReceiver|com.google.android.gms.chimera.GmsIntentOperationService}}")
                .info("am-killing", 35, ss + "I ActivityManager: Killing ${int:12000-29999}:${v:pkg}/u0a${int:10-300} (adj ${int:900-999}): empty #${int:17-32}")
                .info("am-displayed", 20, ss + "I ActivityManager: Displayed ${v:pkg}/.${pick:MainActivity|HomeActivity|ui.SplashActivity}: +${int:120-1900}ms")
                .warn("am-slow-op", 8, ss + "W ActivityManager: Slow operation: ${int:50-400}ms so far, now at startProcess: done updating battery stats")
                .info("pm-acquire", 90, ss + "D PowerManagerService: acquireWakeLockInternal: lock=${int:10000000-299999999}, flags=0x1, tag=\"${pick:*alarm*|NlpWakeLock|GCM_CONN|*job*/com.google.android.gms/.gcm.nts.TaskExecutionService}\", ws=WorkSource{${int:1000-10300}}, uid=${int:1000-10300}, pid=${int:1100-29999}")
                .info("pm-release", 90, ss + "D PowerManagerService: releaseWakeLockInternal: lock=${int:10000000-299999999} [${pick:*alarm*|NlpWakeLock|GCM_CONN}], flags=0x0, total_time=${int:1-900}ms")
                .info("alarm-trigger", 40, ss + "V AlarmManager: Triggering alarm #${int:0-3}: ${int:0-3} when =${ts:epochms} pkgName =${v:pkg} action =${pick:android.intent.action.TIME_TICK|com.google.android.gms.gcm.ACTION_CHECK_QUEUE|com.android.server.action.NETWORK_STATS_POLL}")
                .info("chatty", 30, ss + "I chatty  : uid=1000(system) Binder:${sticky:ss:1100-1999}_${int:1-9} expire ${int:1-40} lines")
                .info("battery", 20, ss + "D BatteryService: Processing new values: info={.chargerAcOnline = false, .chargerUsbOnline = ${pick:true|false}, .batteryLevel = ${int:20-100}, .batteryVoltageMillivolts = ${int:3700-4350}, .batteryTemperatureTenthsCelsius = ${int:250-390}}")
                .info("wifi-rssi", 30, ss + "D WifiClientModeImpl[${hex:8}:wlan0]: RSSI ${int:-85--40} linkspeed ${int:6-866} freq ${pick:2437|5180|5745}")
                .info("wpa-scan", 25, t + "${>5sticky:wpa:900-1099} ${>5sticky:wpa:900-1099} I wpa_supplicant: wlan0: CTRL-EVENT-SCAN-${pick:STARTED|RESULTS}")
                .info("conn-validated", 10, ss + "D ConnectivityService: NetworkAgentInfo [WIFI () - ${int:100-199}] validation ${pick:passed|partial}")
                .info("choreographer", 20, app + "I Choreographer: Skipped ${int:30-120} frames!  The application may be doing too much work on its main thread.")
                .info("opengl", 30, app + "D OpenGLRenderer: endAllActiveAnimators on 0x7b${hex:8} (RippleDrawable) with handle 0x7b${hex:8}")
                .info("systemui-signal", 35, ui + "D NetworkController.MobileSignalController(${int:1-2}): onSignalStrengthsChanged signalStrength=SignalStrength:{mCdma=Invalid,mGsm=Invalid,mWcdma=Invalid,mTdscdma=Invalid,mLte=CellSignalStrengthLte: rssi=${int:-95--60} rsrp=${int:-120--80} rsrq=${int:-15--5} rssnr=${int:0-30} cqi=2147483647 ta=2147483647 level=${int:1-4}} level=${int:1-4}")
                .info("keyguard", 12, ui + "D KeyguardUpdateMonitor: handleBatteryUpdate")
                .info("zygote-exit", 10, t + "${>5sticky:zygote:600-900} ${>5sticky:zygote:600-900} I Zygote  : Process ${int:12000-29999} exited due to signal ${pick:9 (Killed)|15 (Terminated)}")
                .warn("selinux-avc", 15, app + "W Thread-${int:2-40}: type=1400 audit(0.0:${int:100-9999}): avc: denied { read } for name=\"${pick:stat|version|cmdline}\" dev=\"proc\" ino=${int:4026531000-4026533000} scontext=u:r:untrusted_app:s0:c${int:100-255},c256,c512,c768 tcontext=u:object_r:proc_${pick:stat|version}:s0 tclass=file permissive=0")
                .warn("input-consumer-closed", 3, ss + "W InputDispatcher: channel '${hex:7} ${v:pkg}/${v:pkg}.MainActivity (server)' ~ Consumer closed input channel or an error occurred.  events=0x9")
                .warn("gms-out-of-date", 4, app + "W GooglePlayServicesUtil: Google Play services out of date.  Requires 232400000 but found 231818000")
                .warn("resource-type", 6, app + "W ResourceType: No package identifier when getting value for resource number 0x00000000")
                .error("memtrack", 3, app + "E memtrack: Couldn't load memtrack module (No such file or directory)")
                .error("http-failure", 4, app + "E ShopApi : Request GET https://api.example.com/v2/cart failed: java.net.SocketTimeoutException: timeout")
                .error("fatal-exception", 2, crash + "FATAL EXCEPTION: main\n"
                        + crash + "Process: com.example.shop, PID: ${sticky:app:12000-19999}\n"
                        + crash + "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference\n"
                        + crash + "\tat com.example.shop.cart.CartAdapter.onBindViewHolder(CartAdapter.kt:58)\n"
                        + crash + "\tat androidx.recyclerview.widget.RecyclerView$Adapter.onBindViewHolder(RecyclerView.java:7254)\n"
                        + crash + "\tat androidx.recyclerview.widget.RecyclerView$Adapter.bindViewHolder(RecyclerView.java:7337)\n"
                        + crash + "\tat androidx.recyclerview.widget.GapWorker.prefetchPositionWithDeadline(GapWorker.java:288)\n"
                        + crash + "\tat android.os.Handler.handleCallback(Handler.java:958)\n"
                        + crash + "\tat android.os.Looper.loopOnce(Looper.java:205)\n"
                        + crash + "\tat android.app.ActivityThread.main(ActivityThread.java:8177)\n"
                        + crash + "\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:971)")
                .anomaly("anr", 1, Level.ERROR, ss + "E ActivityManager: ANR in com.example.shop (com.example.shop/.checkout.CheckoutActivity)\n"
                        + ss + "E ActivityManager: PID: 17733\n"
                        + ss + "E ActivityManager: Reason: Input dispatching timed out (7f1c2d3 com.example.shop/com.example.shop.checkout.CheckoutActivity (server) is not responding. Waited 5001ms for MotionEvent)\n"
                        + ss + "E ActivityManager: Load: 7.64 / 6.92 / 6.51")
                .anomaly("sigsegv", 1, Level.ERROR, t + "${>5int:20000-29999} ${>5int:20000-29999} F libc    : Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0 in tid 20513 (RenderThread), pid 20488 (com.spotify.music)")
                .anomaly("lowmemorykiller", 1, Level.WARN, t + "${>5sticky:lmkd:500-599} ${>5sticky:lmkd:500-599} I lowmemorykiller: Kill 'com.google.android.apps.photos' (26117), uid 10187, oom_score_adj 900 to free 187344kB rss, 61212kB swap; reason: low watermark is breached and swap is low (248kB < 314572kB)")
                .build();
    }

    /** Docker's json-file driver (what {@code /var/log/containers/*.log} hold on many clusters), around a Node.js service. */
    static LogFormat dockerJsonLines() {
        String time = "\",\"time\":\"${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSS}${digits:3}Z\"}";
        String out = "{\"log\":\"";
        String nl = "\\n\",\"stream\":\"stdout" + time;
        String enl = "\\n\",\"stream\":\"stderr" + time;
        String app = out + "[${ts:yyyy-MM-dd'T'HH:mm:ss.SSS}Z] ";
        return LogFormat.builder("docker-json-lines").start("2024-03-14T09:30:00Z").gapMs(90).records(350)
                .info("http-request", 300, app + "info: ${pick:GET|GET|GET|POST|DELETE} /api/cart/${uuid}${pick:|/items|/items/${int:1-40}} ${pick:200|200|200|201|204} ${dec:0.5-90:3} ms - ${int:2-4000}" + nl)
                .info("healthz", 120, app + "info: GET /healthz 200 ${dec:0.1-1.5:3} ms - 2" + nl)
                .info("metrics", 60, app + "info: GET /metrics 200 ${dec:1-8:3} ms - ${int:9000-12000}" + nl)
                .info("session", 50, app + "info: session ${alnum:24} created for user ${int:100000-999999} (ttl 1800s)" + nl)
                .info("cart-merge", 30, app + "info: merged guest cart ${uuid} into cart of user ${int:100000-999999} (${int:1-9} items)" + nl)
                .info("pricing", 40, app + "debug: pricing-client cache ${pick:hit|miss} for sku-${int:10000-99999} (${int:0-40} ms)" + nl)
                .warn("http-4xx", 25, app + "warn: ${pick:GET|POST} /api/cart/${uuid}/items ${pick:400|404|409|422} ${dec:0.5-30:3} ms - ${int:40-200}" + nl)
                .warn("redis-reconnect", 4, app + "warn: redis connection lost, reconnecting in ${int:50-2000} ms (attempt ${int:1-5})" + nl)
                .warn("deprecation", 1, out + "(node:1) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead." + enl + "\n"
                        + out + "(Use `node --trace-deprecation ...` to show where the warning was created)" + enl)
                .error("upstream-error", 4, app + "error: pricing-client request failed: Error: connect ECONNREFUSED 10.96.${int:0-255}.${int:1-254}:8080" + nl + "\n"
                        + out + "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)" + enl + "\n"
                        + out + "    at TCPConnectWrap.callbackTrampoline (node:internal/async_hooks:130:17)" + enl)
                .error("unhandled-rejection", 2, app + "error: Unhandled rejection: TypeError: Cannot read properties of undefined (reading 'price')" + nl + "\n"
                        + out + "    at /app/src/cart/totals.js:42:31" + enl + "\n"
                        + out + "    at Array.reduce (<anonymous>)" + enl + "\n"
                        + out + "    at computeTotals (/app/src/cart/totals.js:40:22)" + enl + "\n"
                        + out + "    at CartService.getCart (/app/src/cart/service.js:118:20)" + enl + "\n"
                        + out + "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)" + enl)
                .anomaly("heap-oom", 1, Level.ERROR, out + "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" + enl + "\n"
                        + out + "<--- Last few GCs --->" + enl + "\n"
                        + out + "[1:0x6a1c000]  8391021 ms: Mark-Compact 2045.1 (2082.5) -> 2041.9 (2083.7) MB, 1870.33 / 0.00 ms  (average mu = 0.121, current mu = 0.042) allocation failure; scavenge might not succeed" + enl)
                .build();
    }

    /** The kubelet's klog text lines: severity letter and date, time with microseconds, thread id, file:line, structured message. */
    static LogFormat kubeletKlog() {
        String h = "${ts:MMdd HH:mm:ss.SSSSSS} ${>7sticky:kubelet:2000-2999} ";
        String pod = "${pick:shop|payments|monitoring}/${pick:cart|checkout|api|prometheus-node-exporter}-${alnum:10}-${alnum:5}";
        return LogFormat.builder("kubelet-klog").start("2024-03-14T09:12:00.004Z").gapMs(400).records(300)
                .info("pleg-event", 120, "I" + h + "kubelet.go:2443] \"SyncLoop (PLEG): event for pod\" pod=\"" + pod + "\" event={\"ID\":\"${uuid}\",\"Type\":\"${pick:ContainerStarted|ContainerDied}\",\"Data\":\"${hex:64}\"}")
                .info("syncloop-add", 30, "I" + h + "kubelet.go:2361] \"SyncLoop ADD\" source=\"api\" pods=[\"" + pod + "\"]")
                .info("syncloop-delete", 25, "I" + h + "kubelet.go:2377] \"SyncLoop DELETE\" source=\"api\" pods=[\"" + pod + "\"]")
                .info("volume-verify", 80, "I" + h + "reconciler_common.go:258] \"operationExecutor.VerifyControllerAttachedVolume started for volume \\\"kube-api-access-${lower:5}\\\" (UniqueName: \\\"kubernetes.io/projected/${uuid}-kube-api-access-${lower:5}\\\") pod \\\"${pick:cart|checkout|api}-${alnum:10}-${alnum:5}\\\" (UID: \\\"${uuid}\\\") \" pod=\"" + pod + "\"")
                .info("volume-mount", 80, "I" + h + "operation_generator.go:721] \"MountVolume.SetUp succeeded for volume \\\"${pick:config|kube-api-access-${lower:5}|tls}\\\" (UniqueName: \\\"kubernetes.io/${pick:configmap|projected|secret}/${uuid}-config\\\") pod \\\"${pick:cart|checkout|api}-${alnum:10}-${alnum:5}\\\" (UID: \\\"${uuid}\\\") \" pod=\"" + pod + "\"")
                .info("remove-container", 40, "I" + h + "scope.go:117] \"RemoveContainer\" containerID=\"${hex:64}\"")
                .info("event-pulled", 50, "I" + h + "event.go:307] \"Event occurred\" object=\"" + pod + "\" fieldPath=\"spec.containers{app}\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"Pulled\" message=\"Container image \\\"registry.example.com/shop/${pick:cart|checkout|api}:1.${int:10-40}.${int:0-9}\\\" already present on machine\"")
                .info("probe-failed", 30, "I" + h + "prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"" + pod + "\" podUID=\"${uuid}\" containerName=\"app\" probeResult=\"failure\" output=\"Get \\\"http://10.244.${int:0-9}.${int:2-250}:8080/healthz\\\": dial tcp 10.244.${int:0-9}.${int:2-250}:8080: connect: connection refused\"")
                .info("cgroup-cleanup", 10, "I" + h + "kubelet_pods.go:1047] \"Clean up pod workers for terminated pods\"")
                .info("image-gc", 3, "I" + h + "image_gc_manager.go:305] \"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold\" usage=${int:85-89} highThreshold=85 amountToFree=${int:1000000000-9000000000} lowThreshold=80")
                .info("status-manager", 40, "I" + h + "status_manager.go:877] \"Status for pod updated successfully\" pod=\"" + pod + "\" statusVersion=${int:1-9} status={\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}")
                .warn("reflector-forbidden", 3, "W" + h + "reflector.go:539] object-\"shop\"/\"cart-config\": failed to list *v1.ConfigMap: configmaps \"cart-config\" is forbidden: User \"system:node:worker-3\" cannot list resource \"configmaps\" in API group \"\" in the namespace \"shop\": no relationship found between node 'worker-3' and this object")
                .warn("cpu-manager", 4, "W" + h + "cpu_manager.go:395] \"RemoveStaleState: removing container\" podUID=\"${uuid}\" containerName=\"app\"")
                .error("crashloop", 12, "E" + h + "pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"app\\\" with CrashLoopBackOff: \\\"back-off ${pick:20s|40s|1m20s|2m40s|5m0s} restarting failed container=app pod=checkout-${alnum:10}-${alnum:5}_payments(${uuid})\\\"\" pod=\"payments/checkout-${alnum:10}-${alnum:5}\" podUID=\"${uuid}\"")
                .error("container-status", 6, "E" + h + "remote_runtime.go:432] \"ContainerStatus from runtime service failed\" err=\"rpc error: code = NotFound desc = an error occurred when try to find container \\\"${hex:64}\\\": not found\" containerID=\"${hex:64}\"")
                .error("kuberuntime-gc", 2, "E" + h + "kuberuntime_gc.go:180] \"Failed to stop sandbox before removing\" err=\"rpc error: code = Unknown desc = failed to destroy network for sandbox \\\"${hex:64}\\\": plugin type=\\\"calico\\\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized\" sandboxID=\"${hex:64}\"")
                .anomaly("eviction", 1, Level.WARN, "W" + h + "eviction_manager.go:366] \"Eviction manager: attempting to reclaim\" resourceName=\"ephemeral-storage\"")
                .anomaly("node-not-ready", 1, Level.ERROR, "I" + h + "setters.go:568] \"Node became not ready\" node=\"worker-3\" condition={\"type\":\"Ready\",\"status\":\"False\",\"lastHeartbeatTime\":\"2024-03-14T09:31:12Z\",\"lastTransitionTime\":\"2024-03-14T09:31:12Z\",\"reason\":\"KubeletNotReady\",\"message\":\"PLEG is not healthy: pleg was last seen active 3m4.182s ago; threshold is 3m0s\"}")
                .build();
    }

    private static final String JAVA_TRACE_PAYMENT = "org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://psp.example.net/v1/captures\": Read timed out\n"
            + "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)\n"
            + "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)\n"
            + "\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:790)\n"
            + "\tat org.springframework.web.client.RestTemplate.postForObject(RestTemplate.java:483)\n"
            + "\tat com.example.shop.payment.PspClient.capture(PspClient.java:88)\n"
            + "\tat com.example.shop.payment.PaymentService.capture(PaymentService.java:142)\n"
            + "\tat com.example.shop.order.OrderFulfillment.onPaid(OrderFulfillment.java:61)\n"
            + "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
            + "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)\n"
            + "\tat org.springframework.kafka.listener.adapter.HandlerAdapter.invoke(HandlerAdapter.java:56)\n"
            + "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:2889)\n"
            + "\tat java.base/java.lang.Thread.run(Thread.java:1583)\n"
            + "Caused by: java.net.SocketTimeoutException: Read timed out\n"
            + "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n"
            + "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)\n"
            + "\tat java.base/sun.security.ssl.SSLSocketImpl$AppInputStream.read(SSLSocketImpl.java:1099)\n"
            + "\tat org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)\n"
            + "\t... 38 common frames omitted";

    private static final String JAVA_TRACE_NPE = "java.lang.NullPointerException: Cannot invoke \"com.example.shop.cart.Cart.getItems()\" because \"cart\" is null\n"
            + "\tat com.example.shop.checkout.CheckoutController.summary(CheckoutController.java:74)\n"
            + "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
            + "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)\n"
            + "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)\n"
            + "\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)\n"
            + "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)\n"
            + "\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)\n"
            + "\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)\n"
            + "\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)\n"
            + "\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)\n"
            + "\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)\n"
            + "\tat java.base/java.lang.Thread.run(Thread.java:1583)";

    /** A Spring service's logback output ({@code %d [%thread] %-5level %logger{36} - %msg}) with Java stack traces. */
    static LogFormat logbackJava() {
        String h = "${ts:yyyy-MM-dd HH:mm:ss.SSS} [${pick:http-nio-8080-exec-${int:1-40}|http-nio-8080-exec-${int:1-40}|kafka-listener-${int:0-3}|scheduling-1}] ";
        String web = "${ts:yyyy-MM-dd HH:mm:ss.SSS} [http-nio-8080-exec-${int:1-40}] ";
        return LogFormat.builder("logback-java").start("2024-03-14T09:12:00.041Z").gapMs(120).records(400)
                .info("order-created", 90, web + "INFO  c.e.shop.order.OrderController - Created order ord-${int:100000-999999} for customer cus-${int:10000-99999} (${int:1-9} items, total ${int:5-900}.${int:10-99} EUR)")
                .info("payment-authorized", 80, h + "INFO  c.e.shop.payment.PaymentService - Payment pay_${alnum:16} authorized via ${pick:adyen|stripe|klarna} in ${int:80-900} ms")
                .info("request-log", 300, web + "INFO  c.e.shop.web.RequestLogFilter - ${pick:GET|GET|GET|POST} /api/${pick:products|cart|orders|customers/me}${pick:|/${int:1000-99999}} ${pick:200|200|200|201|204} ${int:2-300}ms")
                .info("sql", 120, h + "DEBUG org.hibernate.SQL - select ${pick:o1_0.id,o1_0.created_at,o1_0.customer_id,o1_0.status from orders o1_0 where o1_0.id=?|p1_0.id,p1_0.sku,p1_0.price from product p1_0 where p1_0.sku in (?,?,?)|c1_0.id,c1_0.email from customer c1_0 where c1_0.id=?}")
                .info("stock-updated", 60, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [kafka-listener-${int:0-3}] INFO  c.e.shop.inventory.StockListener - Stock for sku-${int:10000-99999} updated to ${int:0-500} (warehouse ${pick:AMS-1|FRA-2|MAD-1})")
                .info("cache-warm", 6, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [scheduling-1] INFO  c.e.shop.catalog.CacheWarmup - Warmed cache products with ${int:10000-40000} entries in ${int:200-3000} ms")
                .info("kafka-assigned", 4, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [kafka-listener-${int:0-3}] INFO  o.s.k.l.KafkaMessageListenerContainer - shop-orders: partitions assigned: [orders-${int:0-11}, orders-${int:0-11}]")
                .info("kafka-offset", 8, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [kafka-listener-${int:0-3}] INFO  o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-shop-${int:1-4}, groupId=shop] Setting offset for partition orders-${int:0-11} to the committed offset FetchPosition{offset=${int:100000-999999}, offsetEpoch=Optional[${int:10-20}], currentLeader=LeaderAndEpoch{leader=Optional[kafka-${int:0-2}.kafka:9092 (id: ${int:0-2} rack: null)], epoch=${int:10-20}}}")
                .info("jwt-valid", 60, web + "DEBUG c.e.shop.security.JwtFilter - Token for subject cus-${int:10000-99999} valid until ${ts:yyyy-MM-dd'T'HH:mm:ss}Z")
                .info("reconcile", 4, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [scheduling-1] INFO  c.e.shop.jobs.ReconcileJob - Reconciled ${int:1000-9000} payments, ${int:0-3} mismatches")
                .warn("reconcile-mismatch", 4, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [scheduling-1] WARN  c.e.shop.jobs.ReconcileJob - Mismatch for payment pay_${alnum:16}: ledger=${int:5-900}.${int:10-99} psp=${int:5-900}.${int:10-99}")
                .warn("kafka-broker-unavailable", 3, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [kafka-producer-network-thread | producer-1] WARN  o.apache.kafka.clients.NetworkClient - [Producer clientId=producer-1] Connection to node ${int:0-2} (kafka-${int:0-2}.kafka/10.0.${int:1-9}.${int:2-250}:9092) could not be established. Broker may not be available.")
                .warn("hikari-starvation", 2, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [HikariPool-1 housekeeper] WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=${int:1-3}m${int:1-59}s${int:1-999}ms).")
                .warn("method-not-supported", 6, web + "WARN  o.s.w.s.m.s.DefaultHandlerExceptionResolver - Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method '${pick:GET|PUT|PATCH}' is not supported]")
                .warn("json-parse", 5, web + "WARN  o.s.w.s.m.s.DefaultHandlerExceptionResolver - Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.math.BigDecimal` from String \"${pick:12,50|abc|1.2.3}\": not a valid representation]")
                .warn("conflict", 8, web + "WARN  c.e.shop.web.RequestLogFilter - POST /api/orders 409 ${int:5-60}ms (duplicate idempotency key ${uuid})")
                .warn("sql-state", 2, h + "WARN  o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 0, SQLState: 40P01")
                .error("sql-deadlock", 2, h + "ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - ERROR: deadlock detected\n"
                        + "  Detail: Process ${int:1000-99999} waits for ShareLock on transaction ${int:1000000-9999999}; blocked by process ${int:1000-99999}.\n"
                        + "Process ${int:1000-99999} waits for ShareLock on transaction ${int:1000000-9999999}; blocked by process ${int:1000-99999}.\n"
                        + "  Hint: See server log for query details.\n"
                        + "  Where: while updating tuple (${int:10-999},${int:1-40}) in relation \"stock\"")
                .error("capture-failed", 3, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [kafka-listener-${int:0-3}] ERROR c.e.shop.payment.PaymentService - Payment capture failed for order ord-${int:100000-999999}\n" + JAVA_TRACE_PAYMENT)
                .error("servlet-exception", 2, web + "ERROR o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke \"com.example.shop.cart.Cart.getItems()\" because \"cart\" is null] with root cause\n" + JAVA_TRACE_NPE)
                .anomaly("account-locked", 1, Level.WARN, web + "WARN  c.e.shop.security.LoginAttemptService - Account cus-48213 locked after 10 failed logins from 203.0.113.77")
                .anomaly("heap-oom", 1, Level.ERROR, "${ts:yyyy-MM-dd HH:mm:ss.SSS} [scheduling-1] ERROR o.s.s.s.TaskUtils$LoggingErrorHandler - Unexpected error occurred in scheduled task\n"
                        + "java.lang.OutOfMemoryError: Java heap space\n"
                        + "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
                        + "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n"
                        + "\tat com.example.shop.reports.ExportJob.collectRows(ExportJob.java:97)\n"
                        + "\tat com.example.shop.reports.ExportJob.run(ExportJob.java:52)\n"
                        + "\tat org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)\n"
                        + "\tat java.base/java.lang.Thread.run(Thread.java:1583)")
                .build();
    }

    /** Elasticsearch's log4j2 layout: bracketed time, level, abbreviated logger and node name. */
    static LogFormat elasticsearchLog4j2() {
        String h = "[${ts:yyyy-MM-dd'T'HH:mm:ss,SSS}]";
        String node = " [es-data-2] ";
        String idx = "logs-${pick:app|nginx|audit}-2024.03.${int:10-14}";
        return LogFormat.builder("elasticsearch-log4j2").start("2024-03-14T09:12:00.512Z").gapMs(1500).records(250)
                .info("update-mapping", 60, h + "[INFO ][o.e.c.m.MetadataMappingService]" + node + "[" + idx + "/${b64:22}] update_mapping [_doc]")
                .info("create-index", 10, h + "[INFO ][o.e.c.m.MetadataCreateIndexService]" + node + "[" + idx + "] creating index, cause [auto(bulk api)], templates [logs], shards [3]/[1]")
                .info("health-change", 20, h + "[INFO ][o.e.c.r.a.AllocationService]" + node + "Cluster health status changed from [${pick:YELLOW|RED}] to [${pick:GREEN|YELLOW}] (reason: [shards started [[" + idx + "][${int:0-2}]]]).")
                .info("gc-young", 80, h + "[INFO ][o.e.m.j.JvmGcMonitorService]" + node + "[gc][young][${int:100000-999999}][${int:1000-9999}] duration [${int:700-999}ms], collections [1]/[${dec:1-2:1}s], total [${int:700-999}ms]/[${dec:2-9:1}h], memory [${dec:10-20:1}gb]->[${dec:5-9:1}gb]/[31gb], all_pools {[young] [${int:5-9}gb]->[0b]/[0b]}{[old] [${dec:4-8:1}gb]->[${dec:4-8:1}gb]/[31gb]}{[survivor] [${int:100-400}mb]->[${int:100-400}mb]/[0b]}")
                .warn("gc-overhead", 20, h + "[WARN ][o.e.m.j.JvmGcMonitorService]" + node + "[gc][${int:100000-999999}] overhead, spent [${dec:1-4:1}s] collecting in the last [${dec:1-5:1}s]")
                .warn("slowlog", 60, h + "[WARN ][i.s.s.query              ]" + node + "[" + idx + "][${int:0-2}] took[${dec:1-9:1}s], took_millis[${int:1000-9999}], total_hits[${int:1000-99999}+ hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[${int:3-90}], source[{\"size\":500,\"query\":{\"bool\":{\"filter\":[{\"range\":{\"@timestamp\":{\"gte\":\"now-15m\"}}}]}}}], id[${uuid}],")
                .info("rollover", 4, h + "[INFO ][o.e.x.i.a.TransportRolloverAction]" + node + "[logs-app] rolling over to [.ds-logs-app-2024.03.14-${int:000100-000199}]")
                .info("ilm-step", 20, h + "[INFO ][o.e.x.i.IndexLifecycleTransition]" + node + "moving index [.ds-" + idx + "-000${int:100-199}] from [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"check-rollover-ready\"}] to [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"attempt-rollover\"}] in policy [logs]")
                .warn("disk-watermark", 3, h + "[WARN ][o.e.c.r.a.DiskThresholdMonitor]" + node + "high disk watermark [90%] exceeded on [${b64:22}][es-data-3][/var/lib/elasticsearch] free: ${dec:40-49:1}gb[${dec:8-9.9:1}%], shards will be relocated away from this node; currently relocating away shards totalling [0b] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete")
                .warn("transport-exception", 2, h + "[WARN ][o.e.t.TcpTransport       ]" + node + "exception caught on transport layer [Netty4TcpChannel{localAddress=/10.0.3.12:9300, remoteAddress=/10.0.3.${int:10-20}:${int:40000-60000}, profile=default}], closing connection\n"
                        + "io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown\n"
                        + "\tat io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:499) ~[netty-codec-4.1.94.Final.jar:4.1.94.Final]\n"
                        + "\tat io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:290) ~[netty-codec-4.1.94.Final.jar:4.1.94.Final]\n"
                        + "\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562) ~[netty-transport-4.1.94.Final.jar:4.1.94.Final]\n"
                        + "\tat java.lang.Thread.run(Thread.java:1583) ~[?:?]\n"
                        + "Caused by: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown\n"
                        + "\tat sun.security.ssl.Alert.createSSLException(Alert.java:131) ~[?:?]\n"
                        + "\tat sun.security.ssl.TransportContext.fatal(TransportContext.java:371) ~[?:?]\n"
                        + "\t... 16 more")
                .error("search-failed", 3, h + "[DEBUG][o.e.a.s.TransportSearchAction]" + node + "[" + idx + "][${int:0-2}], node[${b64:22}], [P], s[STARTED], a[id=${b64:22}]: Failed to execute [SearchRequest{searchType=QUERY_THEN_FETCH, indices=[logs-*]}] lastShard [true]\n"
                        + "org.elasticsearch.transport.RemoteTransportException: [es-data-1][10.0.3.11:9300][indices:data/read/search[phase/query]]\n"
                        + "Caused by: org.elasticsearch.common.breaker.CircuitBreakingException: [parent] Data too large, data for [<reused_arrays>] would be [${int:30000000000-32000000000}/29.8gb], which is larger than the limit of [31621696716/29.4gb]\n"
                        + "\tat org.elasticsearch.indices.breaker.HierarchyCircuitBreakerService.checkParentLimit(HierarchyCircuitBreakerService.java:414) ~[elasticsearch-8.12.2.jar:?]\n"
                        + "\tat org.elasticsearch.common.breaker.ChildMemoryCircuitBreaker.addEstimateBytesAndMaybeBreak(ChildMemoryCircuitBreaker.java:109) ~[elasticsearch-8.12.2.jar:?]\n"
                        + "\t... 30 more")
                .anomaly("node-left", 1, Level.WARN, h + "[INFO ][o.e.c.s.ClusterApplierService]" + node + "removed {{es-data-4}{Ls1l3kR8QtyRFWmW0z8Wrw}{Hq9pn2o6Ri6s8oXlJ5aG1A}{es-data-4}{10.0.3.14}{10.0.3.14:9300}{dilm}}, term: 12, version: 34561, reason: Publication{term=12, version=34561}")
                .anomaly("shard-failed", 1, Level.ERROR, h + "[WARN ][o.e.c.r.a.AllocationService]" + node + "failing shard [FailedShard[routingEntry=[logs-app-2024.03.14][1], node[Ls1l3kR8QtyRFWmW0z8Wrw], [R], s[STARTED]], message=failed to perform indices:data/write/bulk[s] on replica [logs-app-2024.03.14][1], failure=NodeDisconnectedException[[es-data-4][10.0.3.14:9300][indices:data/write/bulk[s][r]] disconnected], markAsStale=true]]")
                .build();
    }

    /** A Celery worker's log ({@code [time: LEVEL/Process] message}) with Python tracebacks. */
    static LogFormat pythonCelery() {
        String h = "[${ts:yyyy-MM-dd HH:mm:ss,SSS}: ";
        String task = "tasks.${pick:send_receipt|resize_image|sync_inventory|export_report}[${uuid}]";
        return LogFormat.builder("python-celery").start("2024-03-14T09:12:00.093Z").gapMs(300).records(350)
                .info("received", 200, h + "INFO/MainProcess] Task " + task + " received")
                .info("succeeded", 190, h + "INFO/ForkPoolWorker-${int:1-8}] Task " + task + " succeeded in ${dec:0.01-9:15}s: ${pick:None|True|{'sent': 1}|'ok'}")
                .info("app-email", 60, h + "INFO/ForkPoolWorker-${int:1-8}] tasks.send_receipt[${uuid}]: Sending receipt for order ${int:100000-999999} to customer ${int:10000-99999} via smtp.example.com")
                .info("app-resize", 60, h + "INFO/ForkPoolWorker-${int:1-8}] tasks.resize_image[${uuid}]: Resized s3://shop-media/products/${hex:12}.jpg to ${pick:320x320|640x640|1280x1280} in ${int:20-900} ms")
                .info("beat-sending", 20, h + "INFO/Beat] Scheduler: Sending due task ${pick:cleanup-sessions (tasks.cleanup_sessions)|hourly-export (tasks.export_report)|inventory-sync (tasks.sync_inventory)}")
                .info("autoscale", 6, h + "INFO/MainProcess] Scaling ${pick:up|down} ${int:1-4} processes.")
                .info("events-enabled", 2, h + "INFO/MainProcess] Events of group {task} enabled by remote.")
                .info("mingle", 1, h + "INFO/MainProcess] mingle: searching for neighbors")
                .info("ready", 1, h + "INFO/MainProcess] celery@worker-${int:1-4} ready.")
                .info("connected", 1, h + "INFO/MainProcess] Connected to redis://redis.shop.svc:6379/0")
                .warn("retry", 20, h + "WARNING/ForkPoolWorker-${int:1-8}] Task tasks.sync_inventory[${uuid}] retry: Retry in ${pick:10|30|60|120}s: ConnectionError('HTTPSConnectionPool(host=\\'erp.example.com\\', port=443): Max retries exceeded with url: /api/stock (Caused by NewConnectionError(\\'<urllib3.connection.HTTPSConnection object at 0x7f${hex:9}>: Failed to establish a new connection: [Errno 111] Connection refused\\'))')")
                .warn("deprecation", 2, h + "WARNING/ForkPoolWorker-${int:1-8}] /usr/local/lib/python3.11/site-packages/celery/app/trace.py:662: RuntimeWarning: Exception raised outside body: ConnectionResetError(104, 'Connection reset by peer'):\n"
                        + "Traceback (most recent call last):\n"
                        + "  File \"/usr/local/lib/python3.11/site-packages/celery/app/trace.py\", line 500, in trace_task\n"
                        + "    task.backend.mark_as_done(\n"
                        + "ConnectionResetError: [Errno 104] Connection reset by peer")
                .warn("consumer-lost", 2, h + "WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...")
                .error("raised-keyerror", 4, h + "ERROR/ForkPoolWorker-${int:1-8}] Task tasks.sync_inventory[${uuid}] raised unexpected: KeyError('sku')\n"
                        + "Traceback (most recent call last):\n"
                        + "  File \"/usr/local/lib/python3.11/site-packages/celery/app/trace.py\", line 477, in trace_task\n"
                        + "    R = retval = fun(*args, **kwargs)\n"
                        + "                 ^^^^^^^^^^^^^^^^^^^^\n"
                        + "  File \"/usr/local/lib/python3.11/site-packages/celery/app/trace.py\", line 760, in __protected_call__\n"
                        + "    return self.run(*args, **kwargs)\n"
                        + "           ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
                        + "  File \"/app/shop/tasks.py\", line 88, in sync_inventory\n"
                        + "    qty = row[\"sku\"]\n"
                        + "          ~~~^^^^^^^\n"
                        + "KeyError: 'sku'")
                .error("raised-integrity", 2, h + "ERROR/ForkPoolWorker-${int:1-8}] Task tasks.export_report[${uuid}] raised unexpected: IntegrityError('duplicate key value violates unique constraint \"report_run_pkey\"\\nDETAIL:  Key (id)=(${int:1000-9999}) already exists.\\n')\n"
                        + "Traceback (most recent call last):\n"
                        + "  File \"/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py\", line 105, in _execute\n"
                        + "    return self.cursor.execute(sql, params)\n"
                        + "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
                        + "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"report_run_pkey\"\n"
                        + "DETAIL:  Key (id)=(${int:1000-9999}) already exists.\n"
                        + "\n"
                        + "\n"
                        + "The above exception was the direct cause of the following exception:\n"
                        + "\n"
                        + "Traceback (most recent call last):\n"
                        + "  File \"/app/shop/tasks.py\", line 131, in export_report\n"
                        + "    ReportRun.objects.create(id=run_id, started=now())\n"
                        + "  File \"/usr/local/lib/python3.11/site-packages/django/db/models/query.py\", line 679, in create\n"
                        + "    obj.save(force_insert=True, using=self.db)\n"
                        + "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"report_run_pkey\"\n"
                        + "DETAIL:  Key (id)=(${int:1000-9999}) already exists.")
                .anomaly("worker-lost", 1, Level.ERROR, h + "ERROR/MainProcess] Process 'ForkPoolWorker-6' pid:48211 exited with 'signal 9 (SIGKILL)'")
                .anomaly("hard-timeout", 1, Level.ERROR, h + "ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 118.')")
                .build();
    }

    /** logrus's text formatter without a terminal: {@code time="..." level=... msg="..." key=value}. */
    static LogFormat goLogrus() {
        String t = "time=\"${ts:yyyy-MM-dd'T'HH:mm:ss}Z\" ";
        return LogFormat.builder("go-logrus").start("2024-03-14T09:12:00Z").gapMs(250).records(350)
                .info("request", 260, t + "level=info msg=\"request completed\" duration_ms=${int:1-400} method=${pick:GET|GET|POST|PUT} path=\"/v1/${pick:shipments|labels|rates}/${int:1000-99999}\" remote=\"10.0.${int:0-9}.${int:2-250}:${int:30000-60000}\" request_id=${uuid} status=${pick:200|200|201|204}")
                .info("rate-quote", 80, t + "level=info msg=\"rate quote\" carrier=${pick:dhl|ups|postnl|gls} currency=EUR price=${dec:3-60:2} service=${pick:express|standard|economy} weight_g=${int:100-30000}")
                .info("label-created", 60, t + "level=info msg=\"label created\" carrier=${pick:dhl|ups|postnl|gls} label_id=lbl_${alnum:20} shipment=shp_${alnum:12} tracking=${ALNUM:18}")
                .info("debug-cache", 90, t + "level=debug msg=\"cache lookup\" hit=${pick:true|false} key=\"rates:${pick:NL|DE|BE|FR}:${int:1000-9999}:${int:100-30000}\" ttl=${int:1-300}s")
                .info("worker-tick", 30, t + "level=debug msg=\"tracking poller tick\" batch=${int:0-200} pending=${int:0-9000} worker=${int:1-4}")
                .info("tracking-update", 50, t + "level=info msg=\"tracking status changed\" from=${pick:in_transit|label_created|out_for_delivery} shipment=shp_${alnum:12} to=${pick:in_transit|out_for_delivery|delivered}")
                .warn("carrier-slow", 15, t + "level=warning msg=\"carrier api slow\" carrier=${pick:dhl|ups|postnl|gls} duration_ms=${int:2000-9000} threshold_ms=2000")
                .warn("retry", 12, t + "level=warning msg=\"retrying carrier request\" attempt=${int:2-4} carrier=${pick:dhl|ups|postnl|gls} error=\"Post \\\"https://api.${pick:dhl|ups}.example/v2/shipments\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\"")
                .error("carrier-error", 5, t + "level=error msg=\"carrier rejected shipment\" carrier=${pick:ups|gls} code=${pick:ADDRESS_INVALID|WEIGHT_EXCEEDED} error=\"400 Bad Request\" shipment=shp_${alnum:12}")
                .error("db-error", 2, t + "level=error msg=\"failed to persist label\" error=\"pq: could not serialize access due to concurrent update\" label_id=lbl_${alnum:20}")
                .info("startup", 1, t + "level=info msg=\"starting shipping-api\" addr=\":8080\" commit=${hex:7} version=2.14.1")
                .info("migrations", 1, t + "level=info msg=\"migrations applied\" count=0 current=42")
                .anomaly("panic", 1, Level.ERROR, "panic: runtime error: invalid memory address or nil pointer dereference\n"
                        + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8b6f21]\n"
                        + "\n"
                        + "goroutine 4181 [running]:\n"
                        + "example.com/shipping/internal/carrier.(*UPSClient).Quote(0x0, {0xb51f28, 0xc000a4e0f0}, 0xc0003d4a80)\n"
                        + "\t/src/internal/carrier/ups.go:112 +0x41\n"
                        + "example.com/shipping/internal/rates.(*Service).Best.func1()\n"
                        + "\t/src/internal/rates/service.go:67 +0x8e\n"
                        + "golang.org/x/sync/errgroup.(*Group).Go.func1()\n"
                        + "\t/go/pkg/mod/golang.org/x/sync@v0.6.0/errgroup/errgroup.go:78 +0x56\n"
                        + "created by golang.org/x/sync/errgroup.(*Group).Go in goroutine 4170\n"
                        + "\t/go/pkg/mod/golang.org/x/sync@v0.6.0/errgroup/errgroup.go:75 +0x96")
                .anomaly("fatal-config", 1, Level.ERROR, t + "level=fatal msg=\"cannot load carrier credentials\" error=\"open /etc/shipping/ups.json: permission denied\"")
                .build();
    }

    /** zap's production JSON encoder: level, epoch-seconds float, caller, msg, fields, stacktrace on errors. */
    static LogFormat goZapJson() {
        return LogFormat.builder("go-zap-json").start("2024-03-14T09:12:00Z").gapMs(200).records(350)
                .info("consumed", 250, "{\"level\":\"info\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/consumer.go:142\",\"msg\":\"message processed\",\"topic\":\"orders\",\"partition\":${int:0-11},\"offset\":${int:1000000-9999999},\"key\":\"ord-${int:100000-999999}\",\"latency\":${dec:0.0005-0.2:6}}")
                .info("commit", 60, "{\"level\":\"info\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/commit.go:58\",\"msg\":\"offsets committed\",\"topic\":\"orders\",\"partitions\":${int:1-12},\"lag\":${int:0-4000}}")
                .info("debug-fetch", 120, "{\"level\":\"debug\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/fetch.go:91\",\"msg\":\"fetch\",\"records\":${int:0-500},\"bytes\":${int:0-900000},\"wait\":${dec:0.001-0.5:3}}")
                .info("projection", 100, "{\"level\":\"info\",\"ts\":${ts:epoch.us},\"caller\":\"projection/orders.go:203\",\"msg\":\"projection updated\",\"order\":\"ord-${int:100000-999999}\",\"status\":\"${pick:paid|packed|shipped|delivered|cancelled}\",\"version\":${int:1-12}}")
                .info("http", 80, "{\"level\":\"info\",\"ts\":${ts:epoch.us},\"caller\":\"httpserver/middleware.go:44\",\"msg\":\"http request\",\"method\":\"GET\",\"path\":\"/v1/orders/ord-${int:100000-999999}\",\"status\":${pick:200|200|304|404},\"duration\":${dec:0.0005-0.05:6},\"request_id\":\"${uuid}\"}")
                .warn("rebalance", 5, "{\"level\":\"warn\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/group.go:211\",\"msg\":\"group rebalance\",\"generation\":${int:40-60},\"member\":\"projector-${int:0-3}-${hex:8}\",\"assigned\":[${int:0-5},${int:6-11}]}")
                .warn("slow-handler", 12, "{\"level\":\"warn\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/consumer.go:160\",\"msg\":\"slow handler\",\"topic\":\"orders\",\"partition\":${int:0-11},\"offset\":${int:1000000-9999999},\"latency\":${dec:1-9:6}}")
                .error("handler-failed", 6, "{\"level\":\"error\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/consumer.go:151\",\"msg\":\"handler failed\",\"topic\":\"orders\",\"partition\":${int:0-11},\"offset\":${int:1000000-9999999},\"error\":\"projection: update order: context deadline exceeded\",\"stacktrace\":\"example.com/projector/consumer.(*Consumer).handle\\n\\t/src/consumer/consumer.go:151\\nexample.com/projector/consumer.(*Consumer).Run\\n\\t/src/consumer/consumer.go:97\\nmain.main.func2\\n\\t/src/cmd/projector/main.go:88\"}")
                .error("dlq", 3, "{\"level\":\"error\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/dlq.go:34\",\"msg\":\"sent to dead letter queue\",\"topic\":\"orders.dlq\",\"key\":\"ord-${int:100000-999999}\",\"reason\":\"unknown status \\\"${pick:on_hold|partially_refunded}\\\"\"}")
                .info("startup", 1, "{\"level\":\"info\",\"ts\":${ts:epoch.us},\"caller\":\"projector/main.go:51\",\"msg\":\"starting\",\"version\":\"1.9.3\",\"brokers\":[\"kafka-0:9092\",\"kafka-1:9092\",\"kafka-2:9092\"],\"group\":\"projector\"}")
                .anomaly("schema-mismatch", 1, Level.ERROR, "{\"level\":\"error\",\"ts\":${ts:epoch.us},\"caller\":\"projection/orders.go:244\",\"msg\":\"schema version mismatch\",\"expected\":7,\"got\":9,\"order\":\"ord-731904\",\"stacktrace\":\"example.com/projector/projection.(*Orders).Apply\\n\\t/src/projection/orders.go:244\"}")
                .anomaly("dpanic", 1, Level.ERROR, "{\"level\":\"dpanic\",\"ts\":${ts:epoch.us},\"caller\":\"consumer/consumer.go:177\",\"msg\":\"offset went backwards\",\"partition\":4,\"committed\":5512093,\"fetched\":5511870}")
                .build();
    }

    /** env_logger's default format: {@code [time LEVEL target] message}, and a panic on stderr. */
    static LogFormat rustEnvLogger() {
        String h = "[${ts:yyyy-MM-dd'T'HH:mm:ss}Z ";
        return LogFormat.builder("rust-env-logger").start("2024-03-14T09:12:00Z").gapMs(350).records(300)
                .info("indexed", 220, h + "INFO  search_indexer::pipeline] indexed batch ${int:1-99999}: ${int:100-5000} docs in ${int:20-900}ms (${dec:1-40:1} MB)")
                .info("segment-merge", 40, h + "INFO  tantivy::indexer::segment_updater] Starting merge  - [Seg(\"${hex:8}\"), Seg(\"${hex:8}\"), Seg(\"${hex:8}\")]")
                .info("commit", 40, h + "INFO  search_indexer::writer] committed opstamp ${int:100000-999999} (${int:1-40} segments)")
                .info("debug-fetch", 150, h + "DEBUG search_indexer::source::kafka] fetched ${int:0-1000} records from products-${int:0-5} at offset ${int:100000-999999}")
                .info("debug-hyper", 80, h + "DEBUG hyper::proto::h1::io] ${pick:flushed|parsed} ${int:100-9000} bytes")
                .info("trace-reqwest", 40, h + "DEBUG reqwest::connect] starting new connection: http://catalog.shop.svc:8080/")
                .warn("slow-batch", 12, h + "WARN  search_indexer::pipeline] batch ${int:1-99999} took ${int:2000-9000}ms, above the 2000ms budget")
                .warn("schema-field", 8, h + "WARN  search_indexer::mapping] unknown field `${pick:promo_badge|bundle_of|gtin14}` in document ${int:100000-999999}, ignored")
                .error("fetch-error", 4, h + "ERROR search_indexer::source::catalog] fetching product ${int:100000-999999} failed: error sending request for url (http://catalog.shop.svc:8080/v1/products/${int:100000-999999}): operation timed out")
                .error("io-error", 2, h + "ERROR search_indexer::writer] failed to write segment ${hex:32}: No space left on device (os error 28)")
                .info("startup", 1, h + "INFO  search_indexer] search-indexer 0.18.2 starting with 4 threads, index at /data/index")
                .anomaly("panic", 1, Level.ERROR, "thread 'tokio-runtime-worker' panicked at src/pipeline.rs:214:37:\n"
                        + "called `Option::unwrap()` on a `None` value\n"
                        + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
                .build();
    }

    /** tracing-subscriber's default fmt layer: RFC 3339 time, padded level, span context, target, message, fields. */
    static LogFormat rustTracing() {
        String t = "${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSS}Z ";
        String span = "request{method=${pick:GET|GET|POST} uri=/api/${pick:items|items/${int:1-9999}|search?q=${lower:5}} version=HTTP/1.1}: ";
        return LogFormat.builder("rust-tracing").start("2024-03-14T09:12:00Z").gapMs(150).records(350)
                .info("started", 250, t + " INFO " + span + "tower_http::trace::on_request: started processing request")
                .info("finished", 250, t + " INFO " + span + "tower_http::trace::on_response: finished processing request latency=${int:1-300} ms status=${pick:200|200|200|201|304}")
                .info("db-query", 120, t + "DEBUG " + span + "sqlx::query: summary=\"SELECT id, name, price …\" db.statement=\"\" rows_affected=0 rows_returned=${int:0-50} elapsed=${dec:0.2-30:3}ms")
                .info("cache", 80, t + "DEBUG " + span + "inventory_api::cache: cache ${pick:hit|miss} key=item:${int:1-9999}")
                .warn("client-error", 30, t + " WARN " + span + "tower_http::trace::on_response: finished processing request latency=${int:1-40} ms status=${pick:400|404|422}")
                .warn("slow-query", 8, t + " WARN " + span + "sqlx::query: slow statement: execution time exceeded alert threshold summary=\"SELECT i.id, i.name …\" elapsed=${dec:1-4:3}s elapsed_secs=${dec:1-4:3} slow_threshold=1s")
                .error("server-error", 5, t + "ERROR " + span + "tower_http::trace::on_failure: response failed classification=Status code: 500 Internal Server Error latency=${int:1-30000} ms")
                .error("pool-timeout", 3, t + "ERROR " + span + "inventory_api::routes::items: database error error=pool timed out while waiting for an open connection")
                .info("listening", 1, t + " INFO inventory_api: listening on 0.0.0.0:3000")
                .info("migrated", 1, t + " INFO inventory_api::db: applied 0 migrations (latest 20240301120000)")
                .anomaly("shutdown-signal", 1, Level.WARN, t + " WARN inventory_api: received SIGTERM, draining 17 in-flight requests")
                .build();
    }

    /** A mobile health app's own log: {@code yyyyMMdd-HH:mm:ss:SSS|Component|pid|message}. */
    static LogFormat healthApp() {
        String h = "${ts:yyyyMMdd-HH:mm:ss:SSS}|";
        String p = "|${sticky:pid:20000000-39999999}|";
        return LogFormat.builder("health-app").start("2024-03-14T07:02:11Z").gapMs(800).records(2000)
                .info("steps-sensor", 300, h + "Step_Sensor" + p + "onSensorChanged totalSteps=${int:1000-30000} delta=${int:1-40} ts=${ts:epochms}")
                .info("steps-flush", 120, h + "Step_Counter" + p + "flushToday today=${int:1000-30000}##${int:100-900}##${int:1000-99999}##${int:0-3000}")
                .info("steps-stand", 60, h + "Step_Counter" + p + "onStandStepChanged ${int:1000-30000}")
                .info("hr-sample", 200, h + "HR_Monitor" + p + "heartRate=${int:55-120} confidence=${int:1-3} source=wrist")
                .info("hr-batch", 40, h + "HR_Monitor" + p + "uploadBatch size=${int:10-120} firstTs=${ts:epochms}")
                .info("ble-notify", 120, h + "BLE_Gatt" + p + "onCharacteristicChanged uuid=0000${pick:2a37|2a53|fee1}-0000-1000-8000-00805f9b34fb len=${int:4-20}")
                .info("ble-rssi", 40, h + "BLE_Gatt" + p + "onReadRemoteRssi rssi=${int:-95--40} status=0")
                .info("db-insert", 90, h + "DB_Store" + p + "insertHealthData type=${pick:10001|10002|10006|20001} count=${int:1-60} cost=${int:1-40}ms")
                .info("sync-start", 20, h + "Sync_Cloud" + p + "startSync reason=${pick:timer|foreground|manual} pendingRecords=${int:0-900}")
                .info("sync-done", 20, h + "Sync_Cloud" + p + "syncFinished uploaded=${int:0-900} cost=${int:100-9000}ms")
                .info("sleep-state", 10, h + "Sleep_Analyzer" + p + "stateChange ${pick:AWAKE->LIGHT|LIGHT->DEEP|DEEP->LIGHT|LIGHT->REM|REM->AWAKE} at ${ts:epochms}")
                .warn("ble-reconnect", 10, h + "BLE_Gatt" + p + "onConnectionStateChange status=${pick:8|19|133} newState=0, scheduling reconnect in ${int:1-30}s")
                .warn("sync-retry", 6, h + "Sync_Cloud" + p + "syncFailed code=${pick:429|503} retryAfter=${int:30-600}s")
                .error("db-full", 2, h + "DB_Store" + p + "insertHealthData failed: android.database.sqlite.SQLiteFullException: database or disk is full (code 13 SQLITE_FULL)")
                .error("token-expired", 2, h + "Sync_Cloud" + p + "refreshToken failed: HTTP 401 invalid_grant")
                .anomaly("hr-anomaly", 1, Level.WARN, h + "HR_Monitor" + p + "heartRate=212 confidence=3 source=wrist")
                .anomaly("sensor-reset", 1, Level.ERROR, h + "Step_Sensor" + p + "sensor reset detected: totalSteps went from 18422 to 0")
                .build();
    }

    /** A worker's console output with level words but no timestamps at all. */
    static LogFormat levelWordsNoTimestamp() {
        return LogFormat.builder("level-words-no-timestamp").gapMs(100).records(300)
                .info("sync-table", 200, "INFO  [worker-${int:1-6}] Synced table ${pick:orders|order_items|customers|products|stock_levels} partition ${int:0-63}: ${int:0-5000} rows upserted, ${int:0-40} deleted")
                .info("checkpoint", 80, "INFO  [coordinator] Checkpoint ${int:1000-9999} written (lsn ${HEX:2}/${HEX:8}, ${int:1-64} partitions)")
                .info("debug-batch", 200, "DEBUG [worker-${int:1-6}] batch of ${int:1-1000} changes from slot cdc_${pick:orders|catalog} decoded in ${int:1-90}ms")
                .info("heartbeat", 60, "DEBUG [coordinator] heartbeat ok from worker-${int:1-6} (lag ${int:0-9000} ms)")
                .info("schema", 10, "INFO  [coordinator] Schema of ${pick:orders|products} unchanged (version ${int:10-20})")
                .warn("lag", 25, "WARN  [worker-${int:1-6}] replication lag ${int:10-120}s on slot cdc_${pick:orders|catalog} exceeds 10s")
                .warn("type-coerce", 10, "WARN  [worker-${int:1-6}] column ${pick:orders.discount|products.weight} value \"${pick:N/A|-|12,5}\" coerced to NULL")
                .error("conflict", 4, "ERROR [worker-${int:1-6}] upsert into ${pick:order_items|stock_levels} failed: duplicate key value violates unique constraint \"${pick:order_items_pkey|stock_levels_sku_wh_key}\" (row ${int:1000-99999})")
                .error("connection", 3, "ERROR [coordinator] lost connection to target warehouse: SSL SYSCALL error: EOF detected; reconnecting in ${int:1-30}s")
                .info("start", 1, "INFO  [main] cdc-sync 3.2.0 starting: source=postgres://replica-1/shop target=warehouse://analytics workers=6")
                .anomaly("slot-lost", 1, Level.ERROR, "FATAL [coordinator] replication slot cdc_orders has been invalidated (wal_status=lost); a full resync is required")
                .anomaly("data-loss-guard", 1, Level.WARN, "WARN  [worker-3] refusing to apply 48213 deletes to stock_levels in one batch (limit 10000); batch parked")
                .build();
    }
}
