package org.qantar.shell.config;

import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.hindsight.ResolutionStore;
import org.qantar.rules.hindsight.ShippedResolutions;
import org.qantar.rules.workbench.Workbench;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Hindsight: the shipped resolutions and the user's own in {@code QANTAR_HOME/resolutions.json}
 * (the Spring property {@code qantar.home} overrides the directory, as for sessions, so that tests
 * never touch the user's files).
 */
@Configuration(proxyBeanMethods = false)
public class HindsightConfiguration {

    public static final String FILE = "resolutions.json";

    @Bean
    public Hindsight hindsight(Workbench workbench, QantarHome home, Environment environment) {
        String configured = environment.getProperty(QantarHome.PROPERTY);
        Path dir = (configured == null || configured.isBlank() ? home.dir() : Path.of(configured))
                .toAbsolutePath().normalize();
        return new Hindsight(workbench.knowledgeBase(), ShippedResolutions.load(),
                new ResolutionStore(dir.resolve(FILE)), proposition -> Optional.empty());
    }
}
