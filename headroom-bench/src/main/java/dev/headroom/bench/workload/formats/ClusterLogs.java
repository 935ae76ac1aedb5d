package dev.headroom.bench.workload.formats;

import java.util.List;

/**
 * Cluster and supercomputer logs: Slurm's controller, a PBS server, Thunderbird- and BGL-like system
 * logs with an alert label in the first field ({@code -} when normal), HPC node state records, a
 * Hadoop MapReduce application master, and OpenStack service logs whose lines start with the file name.
 */
final class ClusterLogs {

    private ClusterLogs() {}

    static List<LogFormat> all() {
        return List.of(slurmctld(), pbsServer(), thunderbirdLike(), bglLike(), hpcNodeState(), hadoopMapReduce(), openstackFilePrefixed());
    }

    /** Slurm's {@code slurmctld.log}: {@code [ISO time] message}, errors as {@code error: ...}. */
    static LogFormat slurmctld() {
        String h = "[${ts:yyyy-MM-dd'T'HH:mm:ss.SSS}] ";
        String nodes = "${pick:cn[0${int:10-49}-0${int:50-99}]|cn0${int:10-99}|gn0${int:1-8}|cn[0${int:10-30},0${int:40-60}-0${int:61-80}]}";
        return LogFormat.builder("slurmctld").start("2024-03-14T00:00:03Z").gapMs(1200).records(700)
                .info("submit", 160, h + "_slurm_rpc_submit_batch_job: JobId=${int:4100000-4199999} InitPrio=${int:1000-90000} usec=${int:100-9000}")
                .info("allocate", 150, h + "sched: Allocate JobId=${int:4100000-4199999} NodeList=" + nodes + " #CPUs=${pick:32|64|128|256} Partition=${pick:compute|compute|gpu|bigmem|debug}")
                .info("backfill-start", 60, h + "backfill: Started JobId=${int:4100000-4199999} in ${pick:compute|gpu} on " + nodes)
                .info("complete-status", 150, h + "_job_complete: JobId=${int:4100000-4199999} WEXITSTATUS ${pick:0|0|0|0|1|2}")
                .info("complete-done", 150, h + "_job_complete: JobId=${int:4100000-4199999} done")
                .info("step-complete", 40, h + "_slurm_rpc_complete_batch_script: JobId=${int:4100000-4199999} usec=${int:10-900}")
                .info("kill-job", 20, h + "_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId=${int:4100000-4199999} uid ${int:20000-29999}")
                .info("time-limit", 20, h + "Time limit exhausted for JobId=${int:4100000-4199999}")
                .info("sig-term", 15, h + "job_complete: JobId=${int:4100000-4199999} WTERMSIG 9")
                .info("cleanup-completing", 12, h + "cleanup_completing: JobId=${int:4100000-4199999} completion process took ${int:1-300} seconds")
                .info("backfill-stats", 30, h + "sched/backfill: _attempt_backfill: beginning")
                .info("backfill-end", 30, h + "sched/backfill: _attempt_backfill: reached end of job queue")
                .info("requeue", 6, h + "Requeuing JobId=${int:4100000-4199999}")
                .warn("large-processing", 8, h + "Warning: Note very large processing time from _slurm_rpc_dump_jobs: usec=${int:3000000-9000000} began=${ts:HH:mm:ss.SSS}")
                .warn("never-runnable", 4, h + "_pick_best_nodes: JobId=${int:4100000-4199999} never runnable in partition ${pick:gpu|bigmem}")
                .error("not-responding", 6, h + "error: Nodes cn0${int:10-99} not responding")
                .info("responding", 6, h + "Node cn0${int:10-99} now responding")
                .error("zero-bytes", 8, h + "error: slurm_receive_msg [10.1.${int:0-3}.${int:2-250}:${int:30000-60000}]: Zero Bytes were transmitted or received")
                .error("ping-failure", 4, h + "agent/is_node_resp: node:cn0${int:10-99} RPC:REQUEST_PING : Communication connection failure")
                .error("registration", 2, h + "error: _slurm_rpc_node_registration node=cn0${int:10-99}: Invalid argument")
                .info("resend-terminate", 4, h + "Resending TERMINATE_JOB request JobId=${int:4100000-4199999} Nodelist=cn0${int:10-99}")
                .info("update-node-reason", 3, h + "update_node: node cn0${int:10-99} reason set to: ${pick:Kill task failed|Not responding|hw check}")
                .info("update-node-state", 3, h + "update_node: node cn0${int:10-99} state set to ${pick:DRAINING|IDLE|DRAINED}")
                .anomaly("controller-takeover", 1, Level.WARN, h + "slurmctld running in background mode")
                .anomaly("state-save-failed", 1, Level.ERROR, h + "error: Could not open job state file /var/spool/slurmctld/job_state.new: No space left on device")
                .anomaly("gres-mismatch", 1, Level.ERROR, h + "error: _slurm_rpc_node_registration node=gn07: Invalid argument (gres/gpu count reported lower than configured (4 < 8))")
                .build();
    }

    /** A PBS server log: {@code MM/dd/yyyy HH:mm:ss;event-code;daemon.pid;object type;object name;message}. */
    static LogFormat pbsServer() {
        String h = "${ts:MM/dd/yyyy HH:mm:ss};";
        String srv = ";PBS_Server.${sticky:pbs:2000-2999};";
        String job = "Job;${j=int:880000-889999}.pbs01;";
        return LogFormat.builder("pbs-server").start("2024-03-14T06:00:00Z").gapMs(2500).records(350)
                .info("enqueue", 120, h + "0100" + srv + job + "enqueuing into ${q=pick:workq|gpuq|longq}, state 1 hop 1")
                .info("queued", 120, h + "0008" + srv + job + "Job Queued at request of ${u=pick:alice|bkim|cnovak|dpatel}@login0${int:1-2}.cluster, owner = ${=u}@login0${int:1-2}.cluster, job name = ${pick:train.sh|sim_${int:1-99}.pbs|postproc|STDIN}, queue = ${pick:workq|gpuq|longq}")
                .info("run", 110, h + "0008" + srv + job + "Job Run at request of Scheduler@pbs01.cluster on exec_vnode (cn${int:100-399}:ncpus=${pick:16|32|64})+(cn${int:100-399}:ncpus=${pick:16|32|64})")
                .info("exit", 110, h + "0010" + srv + job + "Exit_status=${pick:0|0|0|0|1|271} resources_used.cpupercent=${int:100-6400} resources_used.cput=${int:00-99}:${int:00-59}:${int:00-59} resources_used.mem=${int:100000-90000000}kb resources_used.ncpus=${pick:16|32|64|128} resources_used.vmem=${int:100000-90000000}kb resources_used.walltime=${int:00-47}:${int:00-59}:${int:00-59}")
                .info("obit", 80, h + "0010" + srv + job + "Obit received momhop:1 serverhop:1 state:R substate:${pick:42|43}")
                .info("dequeue", 60, h + "0100" + srv + job + "dequeuing from ${pick:workq|gpuq|longq}, state 5")
                .info("request", 140, h + "0100" + srv + "Req;;Type ${pick:0|20|21|49|71} request received from ${pick:root@pbs01.cluster|Scheduler@pbs01.cluster|alice@login01.cluster}, sock=${int:10-99}")
                .info("delete", 20, h + "0080" + srv + job + "delete job request received")
                .info("modify", 10, h + "0080" + srv + job + "Job Modified at request of Scheduler@pbs01.cluster")
                .info("alter", 6, h + "0008" + srv + job + "Job alter request: Resource_List.walltime = ${int:01-72}:00:00")
                .info("node-offline", 4, h + "0004" + srv + "Node;cn${int:100-399};attributes set:  at request of root@pbs01.cluster")
                .warn("requeue", 4, h + "0008" + srv + job + "Job requeued, execution node cn${int:100-399} down")
                .error("sched-contact", 3, h + "0001" + srv + "Svr;PBS_Server;Connection refused (111) in contact_sched, Could not contact Scheduler - port 15004")
                .error("mom-comm", 4, h + "0004" + srv + "Node;cn${int:100-399};Connection to mom cn${int:100-399} failed (15010: Communication failure)")
                .error("exec-failed", 2, h + "0001" + srv + job + "Job exec failure, code=-4 (JOB_EXEC_RETRY)")
                .anomaly("license", 1, Level.ERROR, h + "0001" + srv + "Svr;PBS_Server;License server pbslic01:6200 unreachable, 0 of 2048 CPU licenses available")
                .anomaly("server-start", 1, Level.INFO, h + "0002" + srv + "Svr;Log;Log opened")
                .build();
    }

    /** A Thunderbird-style system log: alert label, epoch seconds, date, node, syslog time, node/host, process, message. */
    static LogFormat thunderbirdLike() {
        String h = "- ${ts:epoch} ${ts:yyyy.MM.dd} ${n=pick:dn${int:100-999}|bn${int:100-999}|an${int:100-999}} ${ts:MMM d HH:mm:ss} ${=n}/${=n} ";
        String alert = "${ts:epoch} ${ts:yyyy.MM.dd} ${n=pick:dn${int:100-999}|bn${int:100-999}} ${ts:MMM d HH:mm:ss} ${=n}/${=n} ";
        return LogFormat.builder("thunderbird-like").start("2005-11-09T12:01:01Z").gapMs(1800).records(500)
                .info("crond-session-open", 200, h + "crond(pam_unix)[${int:1000-32000}]: session opened for user root by (uid=0)")
                .info("crond-session-close", 200, h + "crond(pam_unix)[${int:1000-32000}]: session closed for user root")
                .info("crond-cmd", 150, h + "crond[${int:1000-32000}]: (root) CMD (run-parts /etc/cron.hourly)")
                .info("ntpd-sync", 60, h + "ntpd[${int:1000-9000}]: synchronized to 10.100.${int:16-31}.250, stratum ${int:2-3}")
                .info("ntpd-lost", 20, h + "ntpd[${int:1000-9000}]: time reset ${dec:-0.9-0.9:6} s")
                .info("sshd-accepted", 80, h + "sshd[${int:1000-32000}]: Accepted publickey for ${pick:root|tbadmin|jsmith} from 10.100.${int:16-31}.${int:1-254} port ${int:32768-60999} ssh2")
                .info("pbs-mom", 100, h + "pbs_mom: Connection refused (111) in open_demux, open_demux: connect 10.100.${int:16-31}.${int:1-254}:${int:15000-15999}")
                .info("gmetad", 50, "- ${ts:epoch} ${ts:yyyy.MM.dd} tbird-admin1 ${ts:MMM d HH:mm:ss} local@tbird-admin1 /apps/x86_64/system/ganglia-3.0.1/sbin/gmetad[${sticky:gmetad:1000-2000}]: data_thread() got not answer from any [Thunderbird_${pick:A|B|C}${int:1-9}] datasource")
                .info("kernel-eth", 30, h + "kernel: e1000: eth${int:0-1}: e1000_watchdog_task: NIC Link is Up 1000 Mbps Full Duplex")
                .info("syslog-restart", 10, h + "syslogd 1.4.1: restart.")
                .warn("kernel-ib-port", 15, h + "kernel: ib_sm_sweep.c:1455: ***** Initiate Sweep ***** (port ${int:1-2})")
                .warn("nfs-not-responding", 6, h + "kernel: nfs: server tbird-sn${int:1-4} not responding, still trying")
                .info("nfs-ok", 6, h + "kernel: nfs: server tbird-sn${int:1-4} OK")
                .error("pam-auth-failure", 4, h + "sshd(pam_unix)[${int:1000-32000}]: authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.100.${int:16-31}.${int:1-254}  user=root")
                .anomaly("vapi", 2, Level.ERROR, "VAPI " + alert + "kernel: [KERNEL_IB][ib_mad_dispatch][/mnt_projects/sysapps/src/ib/topspin/topspin-src-3.2.0-16/ib/mad/mad_filter.c:1107]Error in MAD post-process (status=ERR_MAD_DISPATCH)")
                .anomaly("ecc", 2, Level.ERROR, "ECC " + alert + "kernel: EDAC k8 MC0: general bus error: participating processor(local node response), time-out(no timeout) memory transaction type(generic read), mem or i/o(mem access), cache level(generic)")
                .anomaly("pbs-chk", 1, Level.ERROR, "PBS_CHK " + alert + "pbs_mom: task_check, cannot tm_reply to 88211.tbird-admin1 task 1")
                .anomaly("cpu-throttle", 1, Level.WARN, "CPU " + alert + "kernel: CPU1: Temperature above threshold, cpu clock throttled")
                .build();
    }

    /** A BlueGene/L-style RAS log: label, epoch, date, location, full timestamp, location, RAS component level message. */
    static LogFormat bglLike() {
        String loc = "${l=pick:R${int:00-77}-M${int:0-1}-N${HEX:1}-C:J${int:02-17}-U${pick:01|11}|R${int:00-77}-M${int:0-1}-N${HEX:1}-I:J18-U${pick:01|11}}";
        String h = "- ${ts:epoch} ${ts:yyyy.MM.dd} " + loc + " ${ts:yyyy-MM-dd-HH.mm.ss.SSSSSS} ${=l} RAS ";
        String a = " ${ts:epoch} ${ts:yyyy.MM.dd} " + loc + " ${ts:yyyy-MM-dd-HH.mm.ss.SSSSSS} ${=l} RAS ";
        return LogFormat.builder("bgl-like").start("2005-06-03T15:42:50.363Z").gapMs(1500).records(500)
                .info("icache-parity", 200, h + "KERNEL INFO instruction cache parity error corrected")
                .info("ddr-corrected", 180, h + "KERNEL INFO ${int:1-9} ddr error(s) detected and corrected on rank 0, symbol ${int:0-35} bit ${int:0-7}")
                .info("total-ddr", 120, h + "KERNEL INFO total of ${int:1-99} ddr error(s) detected and corrected")
                .info("ce-sym", 150, h + "KERNEL INFO CE sym ${int:0-35}, at 0x${hex:8}, mask 0x${hex:2}")
                .info("generating-core", 150, h + "KERNEL INFO generating core.${int:100-9999}")
                .info("ciod-signal", 60, h + "APP INFO ciod: Received signal 15, code=0, errno=0, address=0x${hex:8}")
                .info("ciod-login", 40, h + "APP INFO ciod: LOGIN chdir(/home/${pick:spark|xtrain|rsk}/run${int:1-99}) failed: No such file or directory")
                .info("mmcs-bit-sparing", 20, h + "MMCS INFO MidplaneSwitchController performing bit sparing on R${int:00-77}-M${int:0-1} bit ${int:0-9}")
                .info("discovery", 30, h + "DISCOVERY WARNING Node card VPD check: R${int:00-77}-M${int:0-1}-N${HEX:1} node in processor card slot J${int:02-17} do not match. VPD ecid ${HEX:16}, found ${HEX:16}")
                .info("instruction-address", 40, h + "KERNEL INFO instruction address: 0x${hex:8}")
                .info("machine-state", 40, h + "KERNEL INFO machine state register: 0x${hex:8}")
                .info("fpu-unavailable", 20, h + "KERNEL INFO floating point unavailable interrupt")
                .info("alignment", 20, h + "KERNEL INFO force load/store alignment...............${int:0-1}")
                .warn("nfs-mount", 15, h + "APP WARNING NFS Mount failed on bglio${int:1-60}, slept ${int:5-30} seconds, retrying (${int:1-5})")
                .warn("monitor-temp", 10, h + "MONITOR WARNING monitor caught java.lang.IllegalStateException: while executing CONTROL Operation and is now ending")
                .error("rts-panic", 4, h + "KERNEL FATAL rts panic! - stopping execution")
                .error("ido-assert", 3, h + "DISCOVERY SEVERE idoproxydb hit ASSERT condition: ASSERT expression=0 Source file=idotransportmgr.cpp Source line=1043 Function=int IdoTransportMgr::SendPacket(IdoUdpMgr*, BglCtlPavTrace*)")
                .anomaly("kerndtlb", 3, Level.ERROR, "KERNDTLB" + a + "KERNEL FATAL data TLB error interrupt")
                .anomaly("kernstor", 1, Level.ERROR, "KERNSTOR" + a + "KERNEL FATAL data storage interrupt")
                .anomaly("appread", 1, Level.ERROR, "APPREAD" + a + "APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to 172.16.96.116:33370")
                .anomaly("kernmc", 1, Level.ERROR, "KERNMC" + a + "KERNEL FATAL machine check interrupt")
                .anomaly("linkpower", 1, Level.ERROR, "LINKPAP" + a + "LINKCARD FATAL LinkCard power module U58 is not accessible")
                .build();
    }

    /** HPC node state records: log id, node, component, state, epoch seconds, flag, message. */
    static LogFormat hpcNodeState() {
        String h = "${seq:id:134681} ";
        String node = "node-${int:0-255}";
        return LogFormat.builder("hpc-node-state").start("2004-02-26T09:12:22Z").gapMs(9000).records(450)
                .info("unavailable", 200, h + node + " unix.hw state_change.unavailable ${ts:epoch} 1 Component State Change: Component \\042alt0\\042 is in the unavailable state (HWID=${int:1000-5000})")
                .info("available", 200, h + node + " unix.hw state_change.available ${ts:epoch} 1 Component State Change: Component \\042alt0\\042 is in the available state (HWID=${int:1000-5000})")
                .info("cluster-add", 80, h + node + " action start ${ts:epoch} 1 clusterAddMember  (command ${int:1000-9999})")
                .info("boot-cmd", 80, h + "node-D${int:0-9} boot_cmd new ${ts:epoch} 1 Targeting domains:node-D${int:0-9} and nodes:node-[${int:0-31}-${int:32-63}] child of command ${int:1000-9999}")
                .info("halt", 40, h + node + " action halt ${ts:epoch} 1 halt (command ${int:1000-9999})")
                .info("wait-for-ready", 60, h + node + " boot_cmd success ${ts:epoch} 1 Command has completed successfully")
                .info("partition-state", 40, h + "node-D${int:0-9} partition state_change.${pick:up|down} ${ts:epoch} 1 Partition partition-${int:0-9} changed state")
                .warn("temp", 20, h + node + " node status ${ts:epoch} 1 temperature (${int:70-80}) exceeds warning threshold")
                .error("fail", 15, h + node + " boot_cmd failure ${ts:epoch} 1 Command has failed: boot (command ${int:1000-9999}) - node did not respond")
                .error("link-error", 10, h + "Interconnect-${int:0-9}T00 switch_module link.error ${ts:epoch} 1 Link error on broadcast tree Interconnect-${int:0-9}T00:00:${int:0-9}:${int:0-9}")
                .anomaly("psu", 1, Level.ERROR, h + "node-117 unix.hw psu.failure ${ts:epoch} 1 Power supply failure detected on node-117 (PSU 2, HWID=3291)")
                .anomaly("kernel-panic", 1, Level.ERROR, h + "node-42 unix.os panic ${ts:epoch} 1 Kernel panic - not syncing: Fatal exception in interrupt")
                .build();
    }

    /** A Hadoop MapReduce application master's syslog, log4j with thread names, and a Java stack trace. */
    static LogFormat hadoopMapReduce() {
        String h = "${ts:yyyy-MM-dd HH:mm:ss,SSS} ";
        String app = "1710407520123_0042";
        String att = "attempt_" + app + "_${pick:m|m|m|r}_0000${int:10-99}_${int:0-1}";
        return LogFormat.builder("hadoop-mapreduce").start("2024-03-14T09:12:00.123Z").gapMs(400).records(350)
                .info("transition", 300, h + "INFO [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl: " + att + " TaskAttempt Transitioned from ${pick:NEW to UNASSIGNED|UNASSIGNED to ASSIGNED|ASSIGNED to RUNNING|RUNNING to SUCCESS_FINISHING_CONTAINER|SUCCESS_FINISHING_CONTAINER to SUCCEEDED}")
                .info("task-transition", 150, h + "INFO [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.TaskImpl: task_" + app + "_${pick:m|r}_0000${int:10-99} Task Transitioned from ${pick:NEW to SCHEDULED|SCHEDULED to RUNNING|RUNNING to SUCCEEDED}")
                .info("progress", 300, h + "INFO [IPC Server handler ${int:0-29} on ${sticky:port:30000-50000}] org.apache.hadoop.mapred.TaskAttemptListenerImpl: Progress of TaskAttempt " + att + " is : ${dec:0-1:7}")
                .info("before-scheduling", 80, h + "INFO [RMCommunicator Allocator] org.apache.hadoop.mapreduce.v2.app.rm.RMContainerAllocator: Before Scheduling: PendingReds:${int:0-1} ScheduledMaps:${int:0-40} ScheduledReds:0 AssignedMaps:${int:0-40} AssignedReds:0 CompletedMaps:${int:0-40} CompletedReds:0 ContAlloc:${int:0-40} ContRel:0 HostLocal:${int:0-40} RackLocal:${int:0-9}")
                .info("assigned-container", 60, h + "INFO [RMCommunicator Allocator] org.apache.hadoop.mapreduce.v2.app.rm.RMContainerAllocator: Assigned container container_" + app + "_01_0000${int:10-99} to " + att)
                .info("launching", 60, h + "INFO [ContainerLauncher #${int:0-9}] org.apache.hadoop.mapreduce.v2.app.launcher.ContainerLauncherImpl: Launching " + att)
                .info("done-ack", 60, h + "INFO [IPC Server handler ${int:0-29} on ${sticky:port:30000-50000}] org.apache.hadoop.mapred.TaskAttemptListenerImpl: Done acknowledgment from " + att)
                .info("jvm-given", 50, h + "INFO [IPC Server handler ${int:0-29} on ${sticky:port:30000-50000}] org.apache.hadoop.mapred.TaskAttemptListenerImpl: JVM with ID : jvm_" + app + "_m_0000${int:10-99} given task: " + att)
                .info("num-completed", 40, h + "INFO [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.JobImpl: Num completed Tasks: ${int:1-41}")
                .info("created-am", 1, h + "INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster for application appattempt_" + app + "_000001")
                .info("executing-tokens", 1, h + "INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Executing with tokens: [Kind: YARN_AM_RM_TOKEN, Service: , Ident: (appAttemptId { application_id { id: 42 cluster_timestamp: 1710407520123 } attemptId: 1 } keyId: -1432116717)]")
                .info("output-committer", 1, h + "INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: OutputCommitter is org.apache.hadoop.mapreduce.lib.output.FileOutputCommitter")
                .info("jetty", 1, h + "INFO [main] org.eclipse.jetty.server.Server: Started @${int:3000-9000}ms")
                .warn("container-killed", 10, h + "WARN [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl: Diagnostics report from " + att + ": Container killed by the ApplicationMaster.")
                .warn("lease-renew", 4, h + "WARN [LeaseRenewer:hdfs@nn01.cluster:8020] org.apache.hadoop.hdfs.client.impl.LeaseRenewer: Failed to renew lease for [DFSClient_NONMAPREDUCE_${int:100000000-999999999}_1] for ${int:30-90} seconds.  Will retry shortly ...\n"
                        + "java.net.ConnectException: Call From hd-worker-07/10.4.0.17 to nn01.cluster:8020 failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused\n"
                        + "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)\n"
                        + "\tat org.apache.hadoop.net.NetUtils.wrapWithMessage(NetUtils.java:930)\n"
                        + "\tat org.apache.hadoop.net.NetUtils.wrapException(NetUtils.java:845)\n"
                        + "\tat org.apache.hadoop.ipc.Client.getRpcResponse(Client.java:1571)\n"
                        + "\tat org.apache.hadoop.ipc.Client.call(Client.java:1513)\n"
                        + "\tat org.apache.hadoop.hdfs.client.impl.LeaseRenewer.run(LeaseRenewer.java:441)\n"
                        + "\tat java.base/java.lang.Thread.run(Thread.java:829)\n"
                        + "Caused by: java.net.ConnectException: Connection refused\n"
                        + "\tat java.base/sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)\n"
                        + "\tat org.apache.hadoop.net.SocketIOWithTimeout.connect(SocketIOWithTimeout.java:205)\n"
                        + "\t... 15 more")
                .error("task-failed", 3, h + "INFO [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl: Diagnostics report from " + att + ": Error: java.io.IOException: Spill failed\n"
                        + "\tat org.apache.hadoop.mapred.MapTask$MapOutputBuffer.checkSpillException(MapTask.java:1580)\n"
                        + "\tat org.apache.hadoop.mapred.MapTask$MapOutputBuffer.collect(MapTask.java:1089)\n"
                        + "\tat org.apache.hadoop.mapred.MapTask$NewOutputCollector.write(MapTask.java:721)\n"
                        + "\tat com.example.etl.SessionizeMapper.map(SessionizeMapper.java:64)\n"
                        + "Caused by: org.apache.hadoop.util.DiskChecker$DiskErrorException: Could not find any valid local directory for output/attempt_1710407520123_0042_m_000017_0/file.out\n"
                        + "\tat org.apache.hadoop.fs.LocalDirAllocator$AllocatorPerContext.getLocalPathForWrite(LocalDirAllocator.java:447)\n"
                        + "\t... 9 more")
                .anomaly("job-failed", 1, Level.ERROR, h + "INFO [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.JobImpl: job_1710407520123_0042Job Transitioned from RUNNING to FAIL_WAIT")
                .anomaly("shuffle-error", 1, Level.ERROR, h + "ERROR [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.TaskImpl: Task failed task_1710407520123_0042_r_000000")
                .build();
    }

    /** OpenStack services concatenated from several files: every line starts with its log file's name. */
    static LogFormat openstackFilePrefixed() {
        String req = "[req-${uuid} ${hex:32} ${hex:32} - default default] ";
        String nc = "nova-compute.log.1.2024-03-14_09:12:00 ${ts:yyyy-MM-dd HH:mm:ss.SSS} ${sticky:nc:2000-2999} ";
        String na = "nova-api.log.1.2024-03-14_09:12:00 ${ts:yyyy-MM-dd HH:mm:ss.SSS} ${sticky:na:3000-3999} ";
        String ns = "neutron-server.log.2024-03-14_09:12:00 ${ts:yyyy-MM-dd HH:mm:ss.SSS} ${sticky:ns:4000-4999} ";
        String inst = "[instance: ${uuid}] ";
        return LogFormat.builder("openstack-file-prefixed").start("2024-03-14T00:00:00.008Z").gapMs(600).records(300)
                .info("api-servers", 300, na + "INFO nova.osapi_compute.wsgi.server " + req + "10.11.10.1 \"GET /v2.1/${hex:32}/servers/detail HTTP/1.1\" status: 200 len: ${int:1500-2500} time: ${dec:0.1-0.9:7}")
                .info("api-server-get", 100, na + "INFO nova.osapi_compute.wsgi.server " + req + "10.11.10.1 \"GET /v2.1/${hex:32}/servers/${uuid} HTTP/1.1\" status: 200 len: ${int:1500-2500} time: ${dec:0.1-0.9:7}")
                .info("api-create", 30, na + "INFO nova.osapi_compute.wsgi.server " + req + "10.11.10.1 \"POST /v2.1/${hex:32}/servers HTTP/1.1\" status: 202 len: ${int:700-900} time: ${dec:0.5-2:7}")
                .info("api-delete", 30, na + "INFO nova.osapi_compute.wsgi.server " + req + "10.11.10.1 \"DELETE /v2.1/${hex:32}/servers/${uuid} HTTP/1.1\" status: 204 len: 0 time: ${dec:0.1-0.5:7}")
                .info("neutron-ports", 200, ns + "INFO neutron.wsgi " + req + "10.11.10.1 \"GET /v2.0/ports?device_id=${uuid} HTTP/1.1\" status: 200  len: ${int:1000-2000} time: ${dec:0.02-0.2:7}")
                .info("neutron-sg", 60, ns + "INFO neutron.api.rpc.handlers.securitygroups_rpc " + req + "Security group member updated ['${uuid}']")
                .info("lifecycle", 80, nc + "INFO nova.compute.manager [-] " + inst + "VM ${pick:Started|Stopped|Paused|Resumed} (Lifecycle Event)")
                .info("sync-power", 60, nc + "INFO nova.compute.manager " + req + inst + "During sync_power_state the instance has a pending task (spawning). Skip.")
                .info("claim", 40, nc + "INFO nova.compute.claims " + req + inst + "Attempting claim on node cp-${int:1-4}.cloud.example: memory ${pick:2048|4096|8192} MB, disk ${pick:20|40|80} GB, vcpus ${pick:1|2|4} CPU")
                .info("claim-ok", 40, nc + "INFO nova.compute.claims " + req + inst + "Claim successful on node cp-${int:1-4}.cloud.example")
                .info("spawn-took", 40, nc + "INFO nova.compute.manager " + req + inst + "Took ${dec:10-30:2} seconds to spawn the instance on the hypervisor.")
                .info("build-took", 40, nc + "INFO nova.compute.manager " + req + inst + "Took ${dec:10-40:2} seconds to build instance.")
                .info("terminating", 30, nc + "INFO nova.compute.manager " + req + inst + "Terminating instance")
                .info("deleting-files", 30, nc + "INFO nova.virt.libvirt.driver " + req + inst + "Deleting instance files /var/lib/nova/instances/${uuid}_del")
                .info("resource-audit", 30, nc + "INFO nova.compute.resource_tracker " + req + "Final resource view: name=cp-${int:1-4}.cloud.example phys_ram=257853MB used_ram=${int:10000-200000}MB phys_disk=1787GB used_disk=${int:20-1500}GB total_vcpus=64 used_vcpus=${int:1-60} pci_stats=[]")
                .info("image-cache", 20, nc + "INFO nova.virt.libvirt.imagecache " + req + "image ${uuid} at (/var/lib/nova/instances/_base/${hex:40}): checking")
                .warn("power-sync-mismatch", 10, nc + "WARNING nova.compute.manager " + req + "While synchronizing instance power states, found ${int:10-20} instances in the database and ${int:10-21} instances on the hypervisor.")
                .warn("unknown-base", 10, nc + "WARNING nova.virt.libvirt.imagecache " + req + "Unknown base file: /var/lib/nova/instances/_base/${hex:40}")
                .error("neutron-timeout", 4, ns + "ERROR neutron.plugins.ml2.managers " + req + "Mechanism driver 'openvswitch' failed in update_port_postcommit: oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID ${hex:32}")
                .error("spawn-failed", 2, nc + "ERROR nova.compute.manager " + req + inst + "Instance failed to spawn: libvirt.libvirtError: internal error: qemu unexpectedly closed the monitor\n"
                        + nc + "ERROR nova.compute.manager " + inst + "Traceback (most recent call last):\n"
                        + nc + "ERROR nova.compute.manager " + inst + "  File \"/usr/lib/python3/dist-packages/nova/compute/manager.py\", line 2743, in _build_resources\n"
                        + nc + "ERROR nova.compute.manager " + inst + "    yield resources\n"
                        + nc + "ERROR nova.compute.manager " + inst + "  File \"/usr/lib/python3/dist-packages/nova/virt/libvirt/driver.py\", line 4417, in spawn\n"
                        + nc + "ERROR nova.compute.manager " + inst + "    self._create_guest_with_network(\n"
                        + nc + "ERROR nova.compute.manager " + inst + "libvirt.libvirtError: internal error: qemu unexpectedly closed the monitor")
                .anomaly("rabbit-down", 1, Level.ERROR, nc + "ERROR oslo.messaging._drivers.impl_rabbit [-] [${uuid}] AMQP server on rabbit-1.cloud.example:5672 is unreachable: [Errno 111] ECONNREFUSED. Trying again in 1 seconds.: ConnectionRefusedError: [Errno 111] ECONNREFUSED")
                .anomaly("disk-overcommit", 1, Level.WARN, nc + "WARNING nova.compute.resource_tracker [-] Instance 6d1b5e44-9d9e-4f58-9b8a-5c0e1f2a7b31 has been moved to another host cp-9.cloud.example(cp-9.cloud.example). There are allocations remaining against the source host that might need to be removed: {'resources': {'VCPU': 4, 'MEMORY_MB': 8192, 'DISK_GB': 80}}.")
                .build();
    }
}
