package dev.headroom.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015-07-29 17:41:44,747 - INFO  [main] - x|2015-07-29 17:41:44,747",
        "2024-07-01T10:00:00.012Z level=info|2024-07-01T10:00:00.012Z",
        "[Sun Dec 04 04:47:44 2005] [error] x|Sun Dec 04 04:47:44 2005",
        "Jun  9 15:16:01 combo sshd[1]: x|Jun  9 15:16:01",
        "081109 203615 148 INFO dfs|081109 203615",
        "17/06/09 20:10:40 INFO spark|17/06/09 20:10:40"
    })
    void should_find_the_leading_timestamp(String line, String expected) {
        assertThat(Timestamps.find(line).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"plain words here", "12345 is a number", "  at com.x.Y(Y.java:1)"})
    void should_find_none_when_the_line_does_not_start_with_one(String line) {
        assertThat(Timestamps.find(line)).isNull();
    }
}
