package org.roleatlas.mail.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Picks where mail goes (an SMTP server when {@code spring.mail.host} is set, else the outbox folder under the data
 * directory), says so once in the log, and runs the sender in the web server. Commands only queue: their mail is sent
 * by the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, MailSettings settings, Environment environment,
                                @Value("${roleatlas.home}") String home, Clock clock) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp != null) {
            return new MailTransport.Smtp(smtp, settings.from(), environment.getProperty("spring.mail.host") + ":"
                    + environment.getProperty("spring.mail.port", "25"), clock);
        }
        return new MailTransport.Folder(Path.of(home).toAbsolutePath().normalize().resolve("outbox"), settings.from(),
                clock);
    }

    @Bean
    @Lazy(false)
    @ConditionalOnWebApplication
    MailDelivery mailDelivery(MailQueue queue, MailTransport transport, MailSettings settings, MailCounters counters,
                              Clock clock) {
        return new MailDelivery(queue, transport, settings, counters, clock);
    }

    @Bean
    @Lazy(false)
    @ConditionalOnWebApplication
    SmartLifecycle mailDeliveryLifecycle(MailDelivery delivery, MailTransport transport, MailSettings settings) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (settings.send()) {
                    log.info("mail: sending queued mail to {}", transport.describe());
                    delivery.start();
                } else {
                    log.info("mail: this node queues mail and leaves sending to others (roleatlas.mail.send=false)");
                }
                running = true;
            }

            @Override
            public void stop() {
                delivery.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
