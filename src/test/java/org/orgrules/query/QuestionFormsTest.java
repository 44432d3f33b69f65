package org.orgrules.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article's question forms map to the command that answers them, whoever is named in them. */
class QuestionFormsTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "产品经理和技术总监哪个大?|senior|产品经理,技术总监",
            "生产总监和生产经理哪个大？|senior|生产总监,生产经理",
            "Who is senior, li or zhang?|senior|li,zhang",
            "li向谁汇报?|reports-to|li",
            "Who does li report to?|reports-to|li",
            "谁向zhang汇报?|team|zhang",
            "Who reports to zhang?|team|zhang",
            "li是否向gm汇报?|reports-to-both|li,gm",
            "Does li report to gm?|reports-to-both|li,gm",
    })
    void aQuestionMapsToItsCommandAndArguments(String question, String command, String args) {
        Questions.Parsed p = Questions.parse(question);
        assertThat(p).isNotNull();
        assertThat(p.command()).isEqualTo(command);
        assertThat(p.args()).isEqualTo(List.of(args.split(",")));
    }
}
