package org.legible;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegibleApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LegibleApplication.class);
        if (args.length > 0 && "demo".equals(args[0])) {
            // A command, not a server: fill the demo diary (org.legible.demo) and exit.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
