package org.orgrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allow-list holds by construction: what it lets rules call is derived from the allowed types. */
class AllowListTest {

    @Test
    void noCallableNameGivesATypeOutsideTheList() {
        for (Class<?> c : AllowList.types()) {
            for (Method m : c.getMethods()) {
                if (m.isBridge() || m.isSynthetic() || !AllowList.member(m.getName())) continue;
                assertThat(AllowList.allowedType(m.getReturnType())).as(c.getName() + "." + m.getName()).isTrue();
            }
        }
    }

    @Test
    void theWaysOutAreNotCallableOnAnything() {
        for (String name : new String[] {"getClass", "class", "forName", "getClassLoader", "classLoader", "loadClass",
                "getMethod", "getDeclaredMethod", "invoke", "newInstance", "exec", "getRuntime", "stream", "parallelStream",
                "wait", "notify", "getInteger", "setDefault", "eval", "getKieRuntime", "getEntryPoint", "getStackTrace"}) {
            assertThat(AllowList.member(name)).as(name).isFalse();
        }
        assertThat(AllowList.types()).doesNotContain(System.class, Runtime.class, Class.class, Thread.class,
                ClassLoader.class, ProcessBuilder.class, java.util.Scanner.class, java.util.ServiceLoader.class);
        assertThat(AllowList.types()).contains(String.class, java.util.List.class, org.orgrules.model.Person.class,
                org.orgrules.model.LineUse.Use.class);
    }

    @Test
    void whatTheRuleContextOffersUnderAnAllowedNameIsAWorkingMemoryOperation() throws ClassNotFoundException {
        // kcontext and drools are handed to consequences: of their methods, only these names are callable
        Set<String> callable = new TreeSet<>();
        for (String type : new String[] {"org.kie.api.runtime.rule.RuleContext", "org.drools.core.rule.consequence.KnowledgeHelper"}) {
            Arrays.stream(Class.forName(type).getMethods()).map(Method::getName).filter(AllowList::member).forEach(callable::add);
        }
        assertThat(callable).isSubsetOf("insert", "insertLogical", "update", "delete", "retract", "equals", "hashCode",
                "toString", "get", "getIdentifier", "getName");
    }

    @Test
    void drlAnnotationsRunWhileBuildingSoTheGuardRefusesCodeInThem(@TempDir Path dir) throws IOException {
        Path marker = dir.resolve("built");
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("a.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                rule "Annotated"
                    @source(new java.io.File("%s").createNewFile())
                when
                    Person()
                then
                end
                """.formatted(marker.toString().replace("\\", "\\\\")));
        assertThatThrownBy(() -> RuleBase.build(RuleSource.folder(rules), false))
                .isInstanceOf(RulesException.class).hasMessageContaining("a.drl:4: not allowed: @source(");
        assertThat(marker).doesNotExist();
        // trusted, the same text runs as it is built: this is what the check stops (no facts are needed)
        try {
            RuleBase.build(RuleSource.folder(rules), true);
        } catch (RulesException notSeniorityComplete) {
            // a folder of one rule decides no seniority case; the annotation ran before that
        }
        assertThat(marker).exists();
    }

    @Test
    void mvelEvalRunsWhenTrustedAndIsRefusedWhenNot(@TempDir Path dir) throws IOException {
        Path marker = dir.resolve("evaluated");
        Path rules = dir.resolve("rules");
        org.orgrules.RulesFolderTest.copyRules(rules);
        Files.writeString(rules.resolve("eval.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                rule "Eval"
                    @source("K0")
                when
                    Person()
                then
                    org.mvel2.MVEL.eval("new java.io.File('%s').createNewFile()");
                end
                """.formatted(marker.toString().replace("\\", "\\\\")));
        assertThatThrownBy(() -> RuleBase.build(RuleSource.folder(rules), false))
                .isInstanceOf(RulesException.class).hasMessageContaining("eval.drl:8: not allowed: 'org.mvel2.MVEL'");
        RuleBase trusted = RuleBase.build(RuleSource.folder(rules), true);
        var s = trusted.kieBase().newKieSession();
        try {
            s.insert(new org.orgrules.model.Person("li", "Li", "Engineer", null, null, null, "test"));
            s.fireAllRules(1000);
        } finally {
            s.dispose();
        }
        assertThat(marker).exists();
    }
}
