package org.iowscb.learningloop.webapp;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a browser test fails, keeps what every open browser showed at that moment (screenshot,
 * address, visible text, HTML) under target/browser-failures, and names the files in the
 * failure, so a red build says what the page showed rather than only what was awaited.
 */
final class BrowserEvidence implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        List<WebappBrowser> browsers = WebappBrowser.open();
        String test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < browsers.size(); i++) {
            List<Path> files = browsers.get(i).keepEvidence(browsers.size() == 1 ? test : test + "-" + (i + 1));
            kept.append(files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        if (!kept.isEmpty()) {
            failure.addSuppressed(new AssertionError("What the browser showed is kept in " + kept));
        }
        throw failure;
    }
}
