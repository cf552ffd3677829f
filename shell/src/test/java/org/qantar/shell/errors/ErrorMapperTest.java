package org.qantar.shell.errors;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.shell.core.command.CommandExecutionException;

import java.lang.reflect.InvocationTargetException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper();

    @Test
    void usage_errors_are_2_failures_1_whatever_wraps_them() {
        var usage = new CommandExecutionException("x", new InvocationTargetException(new UsageException("bad id")));
        var failure = new InvocationTargetException(new CommandFailure("no file"));

        assertThat(mapper.apply(usage).code()).isEqualTo(2);
        assertThat(mapper.apply(usage).description()).isEqualTo("bad id");
        assertThat(mapper.apply(failure).code()).isEqualTo(1);
        assertThat(mapper.apply(failure).description()).isEqualTo("no file");
    }

    @Test
    void spring_shell_binding_errors_are_usage_errors_and_bugs_are_failures_in_one_line() {
        var missing = new IllegalArgumentException("Required option '--texts' is missing.");
        var conversion = new ConversionFailedException(TypeDescriptor.valueOf(String.class),
                TypeDescriptor.valueOf(boolean.class), "maybe", new IllegalArgumentException());
        var bug = new InvocationTargetException(new IllegalStateException("line one\nline two"));

        assertThat(mapper.apply(missing).code()).isEqualTo(2);
        assertThat(mapper.apply(conversion).description()).isEqualTo("cannot read 'maybe' as boolean (see help)");
        assertThat(mapper.apply(bug).code()).isEqualTo(1);
        assertThat(mapper.apply(bug).description()).isEqualTo("unexpected error: IllegalStateException: line one");
    }

    @Test
    void an_analysis_stopped_by_ctrl_c_says_interrupted_not_unexpected_error() {
        var cancelled = new CommandExecutionException("x", new InvocationTargetException(
                new java.util.concurrent.CancellationException("analysis interrupted")));

        assertThat(mapper.apply(cancelled).code()).isEqualTo(1);
        assertThat(mapper.apply(cancelled).description()).isEqualTo("interrupted");
    }

    @Test
    void a_result_too_large_for_the_heap_says_what_to_ask_for_instead() {
        var oom = new CommandExecutionException("x", new InvocationTargetException(new OutOfMemoryError("Java heap space")));

        assertThat(mapper.apply(oom).code()).isEqualTo(1);
        assertThat(mapper.apply(oom).description()).startsWith("not enough memory for this result")
                .contains("--drivers").contains("QANTAR_JAVA_OPTS=-Xmx4g").doesNotContain("OutOfMemoryError");
    }
}
