package dev.headroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTermsTest {

    @Test
    void should_keep_every_term_of_a_short_question_in_order() {
        assertThat(QueryTerms.of("Why did order ORD-10217 fail in the payment service?"))
                .containsExactly("order", "ord-10217", "fail", "payment", "service");
    }

    @Test
    void should_reduce_a_long_task_description_to_its_key_terms() {
        String task = "We're currently solving the following issue within our repository. Here's the issue text: "
                + "TimeDelta serialization precision. Hi there! I just found quite strange behaviour of `TimeDelta` field "
                + "serialization when using the milliseconds precision. The field is declared with precision set to milliseconds "
                + "and the value is 345 milliseconds, but the output of dump is 344 instead of the expected value. "
                + "Look at fields.py around line 1474 and the method _serialize of the class, and please make sure that "
                + "the rounding is correct for every unit that the field supports, including weeks and days.";

        var terms = QueryTerms.of(task);

        assertThat(terms).hasSizeLessThanOrEqualTo(QueryTerms.MAX_TERMS);
        assertThat(terms).startsWith("timedelta");
        assertThat(terms).contains("fields.py", "_serialize", "345", "344", "1474", "serialization", "milliseconds");
        assertThat(terms).doesNotContain("issue", "there", "quite", "value", "field", "please");
    }

    @Test
    void should_be_deterministic() {
        String q = "a long request mentioning retryPolicy and PaymentClient.authorize and \"gateway timeout\" and "
                + "several ordinary words that repeat ordinary words many many times over and over and over again today, "
                + "because a pasted task description tends to ramble about background, context, history and preferences";
        assertThat(QueryTerms.of(q)).isEqualTo(QueryTerms.of(q))
                .startsWith("gateway timeout", "retrypolicy", "paymentclient.authorize")
                .doesNotContain("many", "over", "today");
    }
}
