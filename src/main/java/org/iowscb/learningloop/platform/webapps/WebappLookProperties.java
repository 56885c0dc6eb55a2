package org.iowscb.learningloop.platform.webapps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How the webapps look, bound from {@code learningloop.webapps.*}. The board's name is
 * {@code learningloop.board-name}; the zone dates and times are shown in is
 * {@code learningloop.deadline.zone} (Europe/London), the one the deadlines are counted in.
 *
 * @param logo           the image in the header's logo slot, served by the application itself (the
 *                       webapps' Content-Security-Policy lets them load images from it only):
 *                       {@code file:/etc/learning-loop/board-logo.png}, a {@code classpath:} resource
 *                       or an {@code https:} address the application fetches once. Default: the
 *                       product's own small SVG.
 * @param frameworkLabel the footer's link to the framework the board works to
 * @param frameworkUrl   where it goes; empty for no link. Default: the statutory guidance, Working
 *                       Together to Safeguard Children, until the board gives its own document
 * @param docsLabel      the footer's link to the documentation
 * @param docsUrl        where it goes; empty for no link. Default: the guide to Camunda's webapps
 *                       (Tasklist and Cockpit) of the version Learning Loop runs on, until the
 *                       product's own documentation is published at an address
 */
@ConfigurationProperties(prefix = "learningloop.webapps")
record WebappLookProperties(
    @DefaultValue(DEFAULT_LOGO) Resource logo,
    @DefaultValue(DEFAULT_FRAMEWORK_LABEL) String frameworkLabel,
    @DefaultValue(DEFAULT_FRAMEWORK_URL) String frameworkUrl,
    @DefaultValue(DEFAULT_DOCS_LABEL) String docsLabel,
    @DefaultValue(DEFAULT_DOCS_URL) String docsUrl) {

    static final String DEFAULT_LOGO = "classpath:org/iowscb/learningloop/platform/webapps/learning-loop-logo.svg";
    static final String DEFAULT_FRAMEWORK_LABEL = "Working Together to Safeguard Children";
    static final String DEFAULT_FRAMEWORK_URL =
        "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2";
    static final String DEFAULT_DOCS_LABEL = "Help with Tasklist and Cockpit";
    static final String DEFAULT_DOCS_URL = "https://docs.camunda.org/manual/7.24/webapps/";
}
