package org.skills4cities.toolkit;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Skills4Cities Toolkit: the reference competence framework for smart-city project professionals, served. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ToolkitApplication {

    public static void main(String[] args) {
        SpringApplication.run(ToolkitApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
