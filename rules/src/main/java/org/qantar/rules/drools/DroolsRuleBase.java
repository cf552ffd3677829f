package org.qantar.rules.drools;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.conf.EqualityBehaviorOption;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compiled rules: the knowledge base's claim rules and the semantics rules, built once per
 * process. The workbench's rule base is the executable model generated at build time (the kjar);
 * tests can compile synthetic rule files at run time.
 */
public final class DroolsRuleBase {

    private static final String SEMANTICS = "org/qantar/engine/semantics.drl";
    private static final String SEMANTICS_PACKAGE = "org.qantar.engine";
    /** Where kie-maven-plugin lists the executable model's classes of this kjar (by groupId/artifactId). */
    private static final String MODEL_INDEX = "META-INF/kie/org.qantar/qantar-rules/drools-model";

    private final KieBase kieBase;

    private DroolsRuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** The rule base compiled into this jar at build time. */
    public static DroolsRuleBase fromClasspath() {
        ClassLoader loader = DroolsRuleBase.class.getClassLoader();
        List<Model> models = generatedModels(loader);
        if (models.isEmpty()) {
            KieContainer container = KieServices.Factory.get().getKieClasspathContainer(loader);
            return new DroolsRuleBase(container.getKieBase("qantar"));
        }
        // Straight from the generated model: no classpath scan, no kmodule.xml parse (XStream), no
        // KieContainer, which halves the rule base's start-up. The options are kmodule.xml's.
        return new DroolsRuleBase(KieBaseBuilder.createKieBaseFromModel(models, EqualityBehaviorOption.EQUALITY));
    }

    /**
     * Whether the claim rules of the shipped knowledge base were compiled into this jar (the build
     * expands its claim files to DRL and compiles that: {@code ClaimExpansion}); if not, they are
     * built at start-up with {@link #forClaims}.
     */
    public static boolean hasShippedClaimRules() {
        List<String> names = modelClassNames(DroolsRuleBase.class.getClassLoader());
        // No index at all: the rules come from kmodule.xml on the classpath (an IDE run), claims included.
        return names.isEmpty() || names.stream().anyMatch(n -> n.startsWith(ClaimRuleModel.PACKAGE + "."));
    }

    /**
     * The semantics rules compiled into this jar with {@code claims} as claim rules, built at run
     * time ({@link ClaimRuleModel}): a knowledge base that was not there when the jar was built.
     */
    public static DroolsRuleBase forClaims(List<org.qantar.model.Claim> claims) {
        ClassLoader loader = DroolsRuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try {
            for (String name : modelClassNames(loader)) {
                if (name.startsWith(SEMANTICS_PACKAGE + ".")) {
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the generated rule model listed in " + MODEL_INDEX, e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the semantics rules are not in this jar (" + MODEL_INDEX
                    + " lists no " + SEMANTICS_PACKAGE + " model): rebuild Qantar");
        }
        models.add(ClaimRuleModel.of(claims));
        return new DroolsRuleBase(KieBaseBuilder.createKieBaseFromModel(models, EqualityBehaviorOption.EQUALITY));
    }

    /** The executable-model classes kie-maven-plugin generated and listed for this kjar; empty if none. */
    private static List<Model> generatedModels(ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        try {
            for (String name : modelClassNames(loader)) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            return models;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the generated rule model listed in " + MODEL_INDEX, e);
        }
    }

    /** The class names the generated model's index lists; empty when there is no index. */
    private static List<String> modelClassNames(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return names;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the generated rule model's index " + MODEL_INDEX, e);
        }
    }

    /**
     * Compiles claim rule files (path → DRL text, paths under {@code src/main/resources/}) together
     * with the semantics rules, at run time. Slow (seconds): for tests of synthetic rule sets.
     */
    public static DroolsRuleBase compile(Map<String, String> drlByPath) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // Same kbase settings as the shipped kmodule.xml: equality, so that equal logical facts merge.
        kfs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="synthetic" packages="org.qantar.kb,org.qantar.engine" default="true" equalsBehavior="equality">
                    <ksession name="synthetic-session" type="stateful" default="true"/>
                  </kbase>
                </kmodule>
                """);
        kfs.write("src/main/resources/" + SEMANTICS, ks.getResources()
                .newClassPathResource(SEMANTICS, DroolsRuleBase.class.getClassLoader()));
        drlByPath.forEach((path, drl) -> kfs.write("src/main/resources/" + path, drl));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalArgumentException("rules do not compile: " + builder.getResults().getMessages());
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        return new DroolsRuleBase(container.getKieBase());
    }

    /** The claim ids the compiled rules carry in {@code @claim}: what Drools will actually run. */
    public Set<String> compiledClaimIds() {
        Set<String> ids = new TreeSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object claim = r.getMetaData().get("claim");
                if (claim != null) {
                    ids.add(Consequences.unquote(claim.toString()));
                }
            }
        }
        return ids;
    }

    /**
     * Each claim rule's name and metadata as compiled ({@code @key} values unquoted), by claim id: what
     * the rule base holds of the rule files, for tests that compare it with them.
     */
    Map<String, CompiledRule> compiledClaimRules() {
        Map<String, CompiledRule> rules = new java.util.TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object claim = r.getMetaData().get("claim");
                if (claim != null) {
                    Map<String, String> meta = new java.util.TreeMap<>();
                    r.getMetaData().forEach((k, v) -> meta.put(k, Consequences.unquote(String.valueOf(v))));
                    rules.put(Consequences.unquote(claim.toString()), new CompiledRule(p.getName(), r.getName(), meta));
                }
            }
        }
        return rules;
    }

    /** A claim rule as compiled: its package, name and metadata. */
    record CompiledRule(String packageName, String name, Map<String, String> metadata) {
    }

    /** A fresh stateful evaluation, with nothing assumed and every source counted. */
    public Scenario newScenario(KnowledgeBase kb) {
        return new DroolsScenario(kb, kieBase.newKieSession());
    }
}
