package org.orgrules;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one closing line for a test run, {@code Tests: N passed, M failed, K skipped}, on the
 * console even under {@code mvn -q} (which hides surefire's own totals). Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}; surefire runs every
 * test class in one launcher execution in its one fork, so a run prints the line once. A test class
 * whose set-up fails counts as one failure; skipped counts disabled tests and failed assumptions.
 */
public final class TestTotals implements TestExecutionListener {
    private final AtomicInteger passed = new AtomicInteger(), failed = new AtomicInteger(), skipped = new AtomicInteger();
    private final PrintStream out;

    /** The listener the JUnit Platform loads: prints on {@code System.out}. */
    public TestTotals() { this(null); }

    /** Prints on {@code out} ({@code null}: {@code System.out} as it is at the end of the run). */
    TestTotals(PrintStream out) { this.out = out; }

    @Override public void executionSkipped(TestIdentifier id, String reason) {
        skipped.incrementAndGet();   // a disabled test, or a disabled class (whose tests are not reported one by one)
    }

    @Override public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL -> { if (id.isTest()) passed.incrementAndGet(); }
            case ABORTED -> { if (id.isTest()) skipped.incrementAndGet(); }
            case FAILED -> failed.incrementAndGet();   // a test, or a class or engine that failed before its tests ran
        }
    }

    @Override public void testPlanExecutionFinished(TestPlan plan) {
        if (passed.get() + failed.get() + skipped.get() == 0) return;   // a plan with no tests (a discovery-only run)
        PrintStream to = out == null ? System.out : out;
        to.println(line());
        to.flush();
    }

    /** {@code Tests: N passed, M failed} and, when some were skipped, {@code , K skipped}. */
    String line() {
        return "Tests: " + passed.get() + " passed, " + failed.get() + " failed" + (skipped.get() == 0 ? "" : ", " + skipped.get() + " skipped");
    }
}
