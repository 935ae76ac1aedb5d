package dev.headroom.bench.probe;

import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;

/** The output never has more tokens than the input, in o200k_base or cl100k_base. */
public final class NeverLargerProbe implements Probe {

    private static final TokenCounter O200K = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
    private static final TokenCounter CL100K = JtokkitTokenCounter.of(Tokenizer.CL100K_BASE);

    @Override
    public String name() {
        return "never-larger";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (s.unchanged()) {
            return ProbeResult.pass(name(), "unchanged");
        }
        int o1 = O200K.count(s.text());
        int o2 = O200K.count(s.output());
        int c1 = CL100K.count(s.text());
        int c2 = CL100K.count(s.output());
        String detail = "o200k " + o1 + "->" + o2 + ", cl100k " + c1 + "->" + c2;
        return o2 <= o1 && c2 <= c1 ? ProbeResult.pass(name(), detail) : ProbeResult.fail(name(), detail);
    }
}
