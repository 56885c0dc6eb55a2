package org.iowscb.learningloop.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.iowscb.learningloop.LearningLoopApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application the way a person does (profiles and properties, a real port),
 * for tests about restarts, profiles and several nodes on one database. Closing stops it.
 */
public final class RunningApplication implements AutoCloseable {

    /** The default profile seeds a year of demo cases; tests here count their own. */
    public static final String DEMO_CASES = "learningloop.demo.cases";

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Properties as {@code key=value}; the web server takes a free port; timers wait for the test;
     * no demo cases (the default profile's) unless the properties switch them on.
     */
    public static RunningApplication start(String profiles, Map<String, String> properties) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=0");
        arguments.add("--camunda.bpm.job-execution.enabled=false");
        if (!properties.containsKey(DEMO_CASES)) {
            arguments.add("--" + DEMO_CASES + "=false");
        }
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(LearningLoopApplication.class);
        if (!profiles.isBlank()) {
            builder.profiles(profiles.split(","));
        }
        return new RunningApplication(builder.run(arguments.toArray(String[]::new)));
    }

    public ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
