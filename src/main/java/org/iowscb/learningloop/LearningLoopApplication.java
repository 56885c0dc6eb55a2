package org.iowscb.learningloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LearningLoopApplication {
    public static void main(String[] args) {
        SpringApplication.run(LearningLoopApplication.class, args);
    }
}
