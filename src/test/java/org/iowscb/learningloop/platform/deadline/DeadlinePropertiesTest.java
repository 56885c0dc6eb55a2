package org.iowscb.learningloop.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DeadlinePropertiesTest {

    @Test
    void defaultsAreEuropeLondonAt1700() {
        assertThat(DeadlineProperties.defaults())
                .isEqualTo(new DeadlineProperties(ZoneId.of("Europe/London"), LocalTime.of(17, 0)))
                .isEqualTo(new DeadlineProperties(null, null));
    }

    @Test
    void unsetPropertiesBindToTheDefaults() {
        DeadlineProperties bound = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("learningloop.deadline", DeadlineProperties.class);
        assertThat(bound).isEqualTo(DeadlineProperties.defaults());
    }

    @Test
    void zoneAndEndOfWorkingDayBindFromLearningloopDeadlineProperties() {
        DeadlineProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "learningloop.deadline.zone", "Europe/Dublin",
                "learningloop.deadline.end-of-working-day", "16:30")))
                .bindOrCreate("learningloop.deadline", DeadlineProperties.class);
        assertThat(bound).isEqualTo(new DeadlineProperties(ZoneId.of("Europe/Dublin"), LocalTime.of(16, 30)));
    }

    @Test
    void configurationRegistersThePropertiesAndTheWorkingDaysBeanIsNamedWorkingDays() {
        new ApplicationContextRunner()
                .withUserConfiguration(DeadlineConfiguration.class, WorkingDays.class)
                .withPropertyValues("learningloop.deadline.end-of-working-day=16:00")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(WorkingDays.class).hasBean("workingDays");
                    assertThat(context.getBean(DeadlineProperties.class))
                            .isEqualTo(new DeadlineProperties(ZoneId.of("Europe/London"), LocalTime.of(16, 0)));
                });
    }
}
