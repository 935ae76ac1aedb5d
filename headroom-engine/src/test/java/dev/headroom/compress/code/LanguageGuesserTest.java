package dev.headroom.compress.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void should_not_guess_a_language_for_prose() {
        assertThat(LanguageGuesser.guess("The release went out on Tuesday. Nobody noticed, which is the best outcome.\n"
                + "Next week we look at the import pipeline again.\n")).isEmpty();
    }

    @Test
    void should_tell_cpp_from_c_and_typescript_from_javascript() {
        assertThat(LanguageGuesser.guess("#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n  return 0;\n}\n"))
                .isEqualTo("c");
        assertThat(LanguageGuesser.guess("#include <vector>\n#include <string>\nnamespace app {\nclass A {};\n}\n"))
                .isEqualTo("cpp");
        assertThat(LanguageGuesser.guess("const fs = require('fs')\nfunction read(p) {\n  return fs.readFileSync(p)\n}\n"))
                .isEqualTo("javascript");
        assertThat(LanguageGuesser.guess("export interface User {\n  name: string;\n}\nexport function f(u: User): void {\n}\n"))
                .isEqualTo("typescript");
    }
}
