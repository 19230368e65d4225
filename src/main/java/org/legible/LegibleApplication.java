package org.legible;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegibleApplication {

    public static void main(String[] args) {
        SpringApplication.run(LegibleApplication.class, args);
    }
}
