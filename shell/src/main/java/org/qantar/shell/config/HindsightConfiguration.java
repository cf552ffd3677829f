package org.qantar.shell.config;

import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.hindsight.ResolutionStore;
import org.qantar.rules.hindsight.ShippedResolutions;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.workbench.Workbench;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/**
 * Hindsight: the resolutions shipped with the knowledge base in use (the jar's
 * {@code seeds/resolutions.json}, or a knowledge-base directory's {@code resolutions.json}) and the
 * user's own in {@code QANTAR_HOME/resolutions.json} (the Spring property {@code qantar.home}
 * overrides the directory, as for sessions, so that tests never touch the user's files).
 */
@Configuration(proxyBeanMethods = false)
public class HindsightConfiguration {

    public static final String FILE = "resolutions.json";

    @Bean
    public Hindsight hindsight(Workbench workbench, QantarHome home, Environment environment) {
        String configured = environment.getProperty(QantarHome.PROPERTY);
        Path dir = (configured == null || configured.isBlank() ? home.dir() : Path.of(configured))
                .toAbsolutePath().normalize();
        return new Hindsight(workbench::knowledgeBase, kb -> shippedWith(workbench),
                new ResolutionStore(dir.resolve(FILE)));
    }

    /** The resolutions that come with the knowledge base the workbench uses now. */
    private static java.util.List<org.qantar.rules.hindsight.Resolution> shippedWith(Workbench workbench) {
        return workbench.engine().source() instanceof KnowledgeBaseSource.Directory d
                ? ShippedResolutions.load(d.dir()) : ShippedResolutions.load();
    }
}
