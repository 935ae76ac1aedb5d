package dev.headroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTokensTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "2015-07-29 17:41:44,747 - INFO  [main] - x => 2015-07-29 17:41:44,747",
        "2024-07-01T10:00:00.012Z level=info => 2024-07-01T10:00:00.012Z",
        "[Sun Dec 04 04:47:44 2005] [error] x => Sun Dec 04 04:47:44 2005",
        "Jun  9 15:16:01 combo sshd[1]: x => Jun  9 15:16:01",
        "081109 203615 148 INFO dfs => 081109 203615",
        "17/06/09 20:10:40 INFO spark => 17/06/09 20:10:40",
        "03-17 16:13:38.811  1702  2395 D WindowManager: x => 03-17 16:13:38.811",
        "[10.30 16:49:06] chrome.exe - proxy:5070 open => 10.30 16:49:06",
        "20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579 => 20171223-22:15:29:606",
        "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 RAS KERNEL INFO x => 1117838570 2005.06.03",
        "134681 node-246 unix.hw state_change.unavailable 1077804742 1 Component => 1077804742",
        "1157689312.049   5006 10.105.21.199 TCP_MISS/200 19763 CONNECT => 1157689312.049",
        "2016-09-28 04:30:30, Info                  CBS    Starting => 2016-09-28 04:30:30",
        "nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova => nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008",
        "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 => 10/Oct/2000:13:55:36 -0700",
        "I0315 12:00:01.123456  1234 server.go:88] started => 12:00:01.123456",
    })
    void should_find_the_time_a_line_carries_near_its_start(String line, String expected) {
        assertThat(TimeTokens.lead(line)).isNotNull();
        assertThat(TimeTokens.lead(line).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "plain words here",
        "12345 is a number",
        "  at com.x.Y(Y.java:1)",
        "src/main/App.java:120:15: error: cannot find symbol",
        "10.251.73.220:50010 connected from 10.0.0.1:443",
        "version 1.2.3 of lib-4.5.6",
        "drwxr-xr-x  2 root root 4096 build",
        "order 4711 for 1234567 cents",
    })
    void should_find_none_where_no_token_is_a_time(String line) {
        assertThat(TimeTokens.lead(line)).isNull();
    }

    @Test
    void should_start_the_body_after_the_time_and_its_bracket() {
        String line = "[10.30 16:49:06] chrome.exe - open";
        assertThat(line.substring(TimeTokens.lead(line).bodyStart())).isEqualTo(" chrome.exe - open");
        String fields = "20171223-22:15:29:606|Step_LSC|30002312|x";
        assertThat(fields.substring(TimeTokens.lead(fields).bodyStart())).isEqualTo("|Step_LSC|30002312|x");
    }

    @Test
    void should_mask_every_time_like_token_so_repeats_compare_equal() {
        String a = "- 1117838570 2005.06.03 R02-M1 2005-06-03-15.42.50.363779 RAS KERNEL FATAL data TLB error";
        String b = "- 1117838999 2005.06.03 R02-M1 2005-06-03-15.49.59.100000 RAS KERNEL FATAL data TLB error";
        assertThat(TimeTokens.maskAll(a)).isEqualTo(TimeTokens.maskAll(b));
        assertThat(TimeTokens.maskAll("no time here 42")).isEqualTo("no time here 42");
    }
}
