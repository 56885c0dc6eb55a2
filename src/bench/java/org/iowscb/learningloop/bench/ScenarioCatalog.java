package org.iowscb.learningloop.bench;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every {@link BenchScenario} under {@code org.iowscb.learningloop.bench}, found on the classpath (no
 * annotation, no list to edit), by process key. The scenarios are plain classes, not Spring beans, so the
 * application's own component scan never picks them up.
 */
final class ScenarioCatalog {

    static final String BASE_PACKAGE = "org.iowscb.learningloop.bench";

    private final Map<String, BenchScenario> byKey = new TreeMap<>();

    ScenarioCatalog() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(BenchScenario.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            BenchScenario scenario = instantiate(candidate.getBeanClassName());
            BenchScenario clash = byKey.put(scenario.processKey(), scenario);
            if (clash != null) {
                throw new IllegalStateException("Two scenarios for process " + scenario.processKey() + ": "
                    + clash.getClass().getName() + " and " + scenario.getClass().getName());
            }
        }
    }

    BenchScenario get(String processKey) {
        BenchScenario scenario = byKey.get(processKey);
        if (scenario == null) {
            throw new IllegalArgumentException("No benchmark scenario for process '" + processKey
                + "'; known: " + byKey.keySet() + ". Add a class implementing BenchScenario under " + BASE_PACKAGE);
        }
        return scenario;
    }

    private static BenchScenario instantiate(String className) {
        try {
            return (BenchScenario) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create scenario " + className
                + " (it needs a public no-argument constructor)", e);
        }
    }
}
