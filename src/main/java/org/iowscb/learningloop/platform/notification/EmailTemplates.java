package org.iowscb.learningloop.platform.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf templates of {@code templates/mail/}: {@code *.txt} in text mode, {@code *.html} in HTML
 * mode (every value escaped). Its own engine, not Spring MVC's: the application renders no web pages.
 */
@Component
class EmailTemplates {

    static final String FOLDER = "templates/mail/";

    private final TemplateEngine engine = new TemplateEngine();

    EmailTemplates() {
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    /** Renders {@code templates/mail/<name>} (with its extension) with these variables. */
    String render(String name, Map<String, Object> variables) {
        return engine.process(name, new Context(Locale.UK, variables));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(EmailTemplates.class.getClassLoader());
        resolver.setPrefix(FOLDER);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
