package org.voisinage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class VoisinageApplication {

    public static void main(String[] args) {
        // --voisinage.restore-check=backup.sql: a backup checked on a throw-away database, without starting the site
        var dump = org.voisinage.config.RestoreCheck.requested(args);
        if (dump.isPresent()) {
            System.exit(org.voisinage.config.RestoreCheck.run(dump.get(), System.out));
        }
        SpringApplication.run(VoisinageApplication.class, args);
    }
}
