package org.borderwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A test run ends with one line per group of skipped tests, giving their reason. */
class SkippedTestsReportTest {
    /** Run only by this test: a class whose tests all assume what is not so. */
    static class NeedsAMissingTool {
        @BeforeAll
        static void check() {
            assumeTrue(false, "the tool is not installed here");
        }

        @Test
        void one() {
        }

        @Test
        void two() {
        }
    }

    /** Run only by this test: one test disabled, one skipped by its own assumption, one that runs. */
    static class PartlySkipped {
        @Test
        @Disabled("waits for the new extractor")
        void disabled() {
        }

        @Test
        void assumes() {
            assumeTrue(false, "no network");
        }

        @Test
        void runs() {
        }
    }

    @Test
    void printsEachSkippedGroupWithItsReason() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            // without the listener the service file registers for every run, so it reports once
            LauncherConfig alone = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
            LauncherFactory.create(alone).execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(NeedsAMissingTool.class), selectClass(PartlySkipped.class)).build(),
                    new SkippedTestsReport());
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("[skipped]")).toList())
                .containsExactlyInAnyOrder(
                        "[skipped] SkippedTestsReportTest$NeedsAMissingTool: the tool is not installed here (2 tests)",
                        "[skipped] SkippedTestsReportTest$PartlySkipped: waits for the new extractor (1 test)",
                        "[skipped] SkippedTestsReportTest$PartlySkipped: no network (1 test)");
    }
}
