package org.orgrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

/** The closing line of a test run: passed, failed (a class that fails before its tests counts once), skipped. */
class TestTotalsTest {
    static TestIdentifier node(String name, TestDescriptor.Type type) {
        return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.root("t", name), name) {
            @Override public Type getType() { return type; }
        });
    }

    @Test
    void countsEachTestOnceAndAClassThatFailsBeforeItsTestsAsOneFailure() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TestTotals totals = new TestTotals(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        TestIdentifier a = node("a", TestDescriptor.Type.TEST), b = node("b", TestDescriptor.Type.TEST),
                c = node("c", TestDescriptor.Type.TEST), d = node("d", TestDescriptor.Type.TEST);
        TestIdentifier passingClass = node("Passing", TestDescriptor.Type.CONTAINER), brokenClass = node("Broken", TestDescriptor.Type.CONTAINER);

        totals.executionFinished(a, TestExecutionResult.successful());
        totals.executionFinished(b, TestExecutionResult.failed(new AssertionError("no")));
        totals.executionFinished(c, TestExecutionResult.aborted(null));   // a failed assumption
        totals.executionSkipped(d, "@Disabled");
        totals.executionFinished(passingClass, TestExecutionResult.successful());
        totals.executionFinished(brokenClass, TestExecutionResult.failed(new IllegalStateException("@BeforeAll")));
        totals.testPlanExecutionFinished(null);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Tests: 1 passed, 2 failed, 2 skipped" + System.lineSeparator());
    }

    @Test
    void aRunWithNoTestsPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TestTotals(new PrintStream(bytes, true, StandardCharsets.UTF_8)).testPlanExecutionFinished(null);
        assertThat(bytes.size()).isZero();
    }
}
