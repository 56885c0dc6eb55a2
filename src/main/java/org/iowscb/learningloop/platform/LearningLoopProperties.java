package org.iowscb.learningloop.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings ({@code learningloop.*}).
 *
 * @param boardName the board's name, as emails and pages say it
 * @param dataDir   where the embedded H2 database keeps its files (default profile)
 * @param demoData  seed the demo users of CONTRACT.md (default profile only)
 * @param baseUrl   the address people reach the application at, for links in emails
 * @param admin     the first administrator (prod profile)
 */
@ConfigurationProperties(prefix = "learningloop")
public record LearningLoopProperties(
    @DefaultValue("Safeguarding Children Board") String boardName,
    @DefaultValue("./data") String dataDir,
    @DefaultValue("false") boolean demoData,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue Admin admin) {

    /** The administrator account created at first start in production. */
    public record Admin(@DefaultValue("admin") String id, String password, String email) {
    }
}
