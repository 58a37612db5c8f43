package org.entente.roe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The rules-of-engagement service: ROE profiles over a measure compendium, national caveats and the engagement check. */
@SpringBootApplication
public class RulesOfEngagementApplication {

    public static void main(String[] args) {
        SpringApplication.run(RulesOfEngagementApplication.class, args);
    }
}
