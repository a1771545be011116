package org.borderwatch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, one line per group of skipped tests with the reason they give
 * (a failed assumption, or @Disabled), so a person reading the console learns what did not run and why
 * without opening the XML reports. Registered for every run through META-INF/services.
 */
public final class SkippedTestsReport implements TestExecutionListener {
    /** Skipped test count by "TestClass: reason", in the order the groups were met. */
    private final Map<String, Integer> groups = new LinkedHashMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        groups.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        groups.forEach((group, count) -> System.out.println("[skipped] " + group + " (" + count
                + (count == 1 ? " test)" : " tests)")));
    }

    private void record(TestIdentifier test, String reason) {
        int tests = test.isTest() ? 1 : (int) plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count();
        if (tests == 0) {
            return;
        }
        String why = reason == null ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "");
        String key = className(test).orElse(test.getDisplayName()) + ": " + why;
        groups.merge(key, tests, Integer::sum);
    }

    private Optional<String> className(TestIdentifier test) {
        for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
            var source = t.getSource().orElse(null);
            if (source instanceof ClassSource c) {
                return Optional.of(simpleName(c.getClassName()));
            }
            if (source instanceof MethodSource m) {
                return Optional.of(simpleName(m.getClassName()));
            }
        }
        return Optional.empty();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
