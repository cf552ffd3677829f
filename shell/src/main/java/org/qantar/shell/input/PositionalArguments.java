package org.qantar.shell.input;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.adapter.MethodInvokerCommandAdapter;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.OptionalInt;

/**
 * How many positional arguments a command's method takes, so that the parser refuses extra words
 * the way it refuses an unknown option ({@code sources extra}). Spring Shell binds the arguments a
 * method declares and silently drops the rest; its {@link Command} does not say how many there
 * are, so they are read from the {@code @Argument}/{@code @Arguments} parameters of the method
 * behind the adapter.
 */
final class PositionalArguments {

    private static final Field METHOD = ReflectionUtils.findField(MethodInvokerCommandAdapter.class, "method");

    static {
        if (METHOD != null) {
            ReflectionUtils.makeAccessible(METHOD);
        }
    }

    private PositionalArguments() {
    }

    /** The most positional arguments {@code command} takes; empty when it takes any number (or cannot be told). */
    static OptionalInt max(Command command) {
        if (!(command instanceof MethodInvokerCommandAdapter) || METHOD == null) {
            return OptionalInt.empty();
        }
        Method method = (Method) ReflectionUtils.getField(METHOD, command);
        if (method == null) {
            return OptionalInt.empty();
        }
        int max = 0;
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(Arguments.class)) {
                return OptionalInt.empty();
            }
            Argument a = p.getAnnotation(Argument.class);
            if (a != null) {
                max = Math.max(max, a.index() + 1);
            }
        }
        return OptionalInt.of(max);
    }
}
