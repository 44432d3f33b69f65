package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Person;

/** Questions name people by id, exact name, or surname + title ("李经理"). */
class PersonReferencesTest {

    private static Org org() {
        return Fixtures.expert().of(List.of(
                new Person("li", "李明", "生产经理", "", "C", "zhang", "t:1"),
                new Person("zhang", "张伟", "生产总监", "", "C", null, "t:2"),
                new Person("li2", "李娜", "会计", "", "C", "zhang", "t:3"),
                new Person("wang1", "王芳", "生产经理", "", "C", "zhang", "t:4"),
                new Person("wang2", "王强", "质检经理", "", "C", "zhang", "t:5"),
                new Person("lm", "Li Ming", "Production Manager", "", "C", "zhang", "t:6")));
    }

    @Test
    void aSurnameAndATitleWordNameTheOnePersonTheyFit() {
        Knowledge k = Knowledge.of(org());
        assertThat(k.person("李经理").getId()).isEqualTo("li");
        assertThat(k.person("张总监").getId()).isEqualTo("zhang");
        assertThat(k.person("张伟").getId()).isEqualTo("zhang");
        assertThat(k.person("Manager Li").getId()).isEqualTo("lm");
        assertThat(k.approver("李经理", "生产计划").reasons().get(0).text()).contains("'李经理' is li");
    }

    @Test
    void aReferenceThatFitsSeveralPeopleOrNobodyIsAClearError() {
        Knowledge k = Knowledge.of(org());
        assertThatThrownBy(() -> k.person("王经理")).isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("wang1").hasMessageContaining("wang2").hasMessageContaining("by id");
        assertThatThrownBy(() -> k.person("赵经理")).isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("赵经理");
    }
}
