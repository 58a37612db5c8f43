package org.entente.basing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The basing-logistics service: Basing agreements, diplomatic clearances, supply routes and sustainment. */
@SpringBootApplication
public class BasingLogisticsApplication {

    public static void main(String[] args) {
        SpringApplication.run(BasingLogisticsApplication.class, args);
    }
}
