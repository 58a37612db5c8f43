package org.entente.platform.deadline;

import org.axonframework.deadline.DeadlineManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Time-driven facts ({@link Deadlines}): Axon's DbSchedulerDeadlineManager, which Axon's own auto-configuration sets up
 * over db-scheduler (in the service's database, table {@code scheduled_tasks}), with the decision of a fired deadline
 * handed to the events it records.
 */
@AutoConfiguration
public class DeadlineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadlineClock deadlineClock() {
        return DeadlineClock.WALL;
    }

    @Bean
    Deadlines deadlines(@Value("${spring.application.name}") String service, DeadlineClock clock, Clock now) {
        return new Deadlines(service, clock, now);
    }

    /** Every deadline manager of the service runs fired deadlines with the decision they were scheduled with. */
    @Bean
    static BeanPostProcessor deadlineDecisions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DeadlineManager manager) {
                    manager.registerHandlerInterceptor(new DeadlineDecisions());
                }
                return bean;
            }
        };
    }
}
