package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArrayStatsNumbersTest {

    @Test
    void should_parse_numbers_exactly_like_Double_parseDouble() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long m = r.nextLong(1L, 10_000_000_000_000_000L) / (long) Math.pow(10, r.nextInt(0, 16));
            String digits = Long.toString(m);
            int point = r.nextInt(0, digits.length() + 1);
            String text = (r.nextBoolean() ? "-" : "") + (point == 0 || point == digits.length()
                    ? digits : digits.substring(0, point) + "." + digits.substring(point));
            assertThat(Double.doubleToRawLongBits(ArrayStats.parseRaw(text)))
                    .as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void should_fall_back_for_exponents_long_mantissas_and_signed_zero() {
        for (String text : List.of("1e5", "-2.5E-3", "12345678901234567890", "0.1000000000000000055511151231257827", "-0", "-0.0", "0", "1e999")) {
            assertThat(Double.doubleToRawLongBits(ArrayStats.parseRaw(text)))
                    .as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
        assertThat(ArrayStats.parseRaw("NaNish")).isNaN();
    }

    @Test
    void should_mask_numbers_like_any_other_text() {
        for (String text : List.of("0", "-0", "45.7", "-0.0011", "201", "1e5", "-2.5E-3", "12345678901234567890", "1.", ".5", "-", "", "-.5", "7.25e+10")) {
            assertThat(ArrayStats.maskNumber(text)).as(text).isEqualTo(ArrayStats.maskDigits(text));
        }
    }
}
