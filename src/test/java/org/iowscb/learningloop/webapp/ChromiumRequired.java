package org.iowscb.learningloop.webapp;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests, with the reason, when Debian's chromium or chromium-driver is missing;
 * with {@code REQUIRE_BROWSER=true} their absence fails the build instead. A condition rather than
 * an assumption in {@code @BeforeAll}: it is evaluated before Spring starts the application (the
 * process-test-coverage listener would start it even for an aborted class), and Surefire reports
 * each test as skipped with this message, where a class-level assumption shows as "Tests run: 0".
 */
final class ChromiumRequired implements ExecutionCondition {

    static final String NO_BROWSER = "no Chromium/chromedriver at /usr/bin: apt-get install chromium chromium-driver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean installed = Files.isExecutable(WebappBrowser.CHROMIUM) && Files.isExecutable(WebappBrowser.CHROMEDRIVER);
        if (installed) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver at /usr/bin");
        }
        if ("true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
            fail(NO_BROWSER + " (REQUIRE_BROWSER=true)");
        }
        return ConditionEvaluationResult.disabled(NO_BROWSER);
    }
}
