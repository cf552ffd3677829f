package org.qantar.shell.config;

import org.qantar.model.RecordedFact;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.hindsight.ResolutionStore;
import org.qantar.rules.hindsight.ShippedResolutions;
import org.qantar.rules.workbench.Workbench;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/**
 * Hindsight: the shipped resolutions and the user's own in {@code QANTAR_HOME/resolutions.json}
 * (the Spring property {@code qantar.home} overrides the directory, as for sessions, so that tests
 * never touch the user's files). The claim autopsy takes what the knowledge base's record establishes
 * as known wherever no resolution speaks.
 */
@Configuration(proxyBeanMethods = false)
public class HindsightConfiguration {

    public static final String FILE = "resolutions.json";

    @Bean
    public Hindsight hindsight(Workbench workbench, QantarHome home, Environment environment) {
        String configured = environment.getProperty(QantarHome.PROPERTY);
        Path dir = (configured == null || configured.isBlank() ? home.dir() : Path.of(configured))
                .toAbsolutePath().normalize();
        KnowledgeBase kb = workbench.knowledgeBase();
        return new Hindsight(kb, ShippedResolutions.load(), new ResolutionStore(dir.resolve(FILE)),
                proposition -> kb.recorded(proposition).map(RecordedFact::value));
    }
}
