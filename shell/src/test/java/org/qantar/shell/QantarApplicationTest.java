package org.qantar.shell;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application names its components instead of scanning for them (start-up reads no class files
 * to find them): a command class added without being named in {@code @Import} would silently be
 * missing from the shell. This scan, done here once instead of at every start, catches it.
 */
class QantarApplicationTest {

    @Test
    void every_component_and_configuration_of_the_shell_is_imported_by_the_application() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        Set<String> components = scanner.findCandidateComponents("org.qantar.shell").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !name.equals(QantarApplication.class.getName()))
                .collect(Collectors.toSet());
        Set<String> imported = Arrays.stream(QantarApplication.class.getAnnotation(Import.class).value())
                .map(Class::getName).collect(Collectors.toSet());

        assertThat(components).isNotEmpty();
        assertThat(imported).containsExactlyInAnyOrderElementsOf(components);
    }

    /**
     * Spring Shell's argument validation is NoConstraints, which checks nothing: right only while no
     * command declares a Bean Validation constraint (or @Valid) on its method or its parameters.
     */
    @Test
    void no_command_declares_a_bean_validation_constraint() {
        List<String> constrained = new ArrayList<>();
        for (Class<?> type : QantarApplication.class.getAnnotation(Import.class).value()) {
            for (Method m : type.getDeclaredMethods()) {
                List<Annotation> annotations = new ArrayList<>(List.of(m.getAnnotations()));
                for (Annotation[] onParameter : m.getParameterAnnotations()) {
                    annotations.addAll(List.of(onParameter));
                }
                annotations.stream().filter(QantarApplicationTest::isValidation)
                        .forEach(a -> constrained.add(type.getSimpleName() + "." + m.getName() + ": " + a));
            }
        }

        assertThat(constrained).as("use a real jakarta.validation.Validator bean instead of NoConstraints").isEmpty();
    }

    private static boolean isValidation(Annotation a) {
        return a.annotationType().getName().startsWith("jakarta.validation.")
                || a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class);
    }
}
