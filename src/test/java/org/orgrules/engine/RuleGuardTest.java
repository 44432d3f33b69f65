package org.orgrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The guard lets untrusted rules import exactly one thing of the engine: the function
 * {@code org.orgrules.engine.Fired.rule}, which the model's factories take. Nothing else of the
 * engine opens with it.
 */
class RuleGuardTest {

    private static String drl(String imports, String consequence) {
        return """
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                import org.orgrules.model.Violation;
                %s
                rule "Everyone is flagged"
                    @source("K0")
                when
                    $p : Person( id != null )
                then
                    %s
                end
                """.formatted(imports, consequence);
    }

    private static List<String> refusals(String drl) {
        return RuleGuard.check("a.drl", drl).stream().map(RuleProblem::message).toList();
    }

    @Test
    void theRunningRuleMayBeImportedAsAFunctionAndHandedToTheModel() {
        assertThat(refusals(drl("import function org.orgrules.engine.Fired.rule;",
                "insert(Violation.error(rule(kcontext), \"flagged\", $p.getId()));"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "import function org.orgrules.engine.RuleBase.something;",
            "import function org.orgrules.engine.RuleBase.build;",
            "import function org.orgrules.engine.Fired.of;",
            "import function org.orgrules.engine.Fired.*;",
            "import static org.orgrules.engine.Fired.*;",
            "import function org.orgrules.engine.Fired.rule.x;",
            "import function java.lang.System.exit;"})
    void everyOtherFunctionImportIsStillRefused(String imports) {
        assertThat(refusals(drl(imports, "insert(Violation.error(null, \"flagged\", $p.getId()));")))
                .anySatisfy(m -> assertThat(m).contains("not allowed: import static '").contains("(static imports)"));
    }

    @Test
    void theEngineTypesStayOutsideTheAllowList() {
        assertThat(refusals(drl("import org.orgrules.engine.Fired;",
                "insert(Violation.error(Fired.rule(kcontext), \"flagged\", $p.getId()));")))
                .anySatisfy(m -> assertThat(m).contains("import 'org.orgrules.engine.Fired' (a type outside the allow-list)"));
        assertThat(refusals(drl("import org.orgrules.engine.*;", "")))
                .anySatisfy(m -> assertThat(m).contains("import 'org.orgrules.engine.*' (a package outside the allow-list)"));
        assertThat(refusals(drl("",
                "insert(Violation.error(org.orgrules.engine.Fired.rule(kcontext), \"flagged\", $p.getId()));")))
                .anySatisfy(m -> assertThat(m).contains("'org.orgrules.engine.Fired' (a type outside the allow-list)"));
    }

    @Test
    void whatTheImportedFunctionGivesOpensNothingBeyondTheModel() {
        assertThat(refusals(drl("import function org.orgrules.engine.Fired.rule;",
                "Object c = rule(kcontext).getClass();")))
                .anySatisfy(m -> assertThat(m).contains("getClass' (a member outside the allow-list)")
                        .doesNotContain("static imports"));
    }

    @Test
    void withoutTheImportTheNameRuleIsNothing() {
        assertThat(refusals(drl("", "insert(Violation.error(rule(kcontext), \"flagged\", $p.getId()));")))
                .anySatisfy(m -> assertThat(m).contains("'rule' (not a variable, a fact property or an allowed type)"));
    }
}
