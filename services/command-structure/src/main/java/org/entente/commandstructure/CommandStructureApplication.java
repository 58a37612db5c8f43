package org.entente.commandstructure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command-structure service: Operations, command trees, transfers of authority, taskings and red-card approvals. */
@SpringBootApplication
public class CommandStructureApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandStructureApplication.class, args);
    }
}
