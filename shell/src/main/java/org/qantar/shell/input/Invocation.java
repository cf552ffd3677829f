package org.qantar.shell.input;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.ParsedInput;

/**
 * A command line resolved against the command registry: the command, its options and arguments
 * in Spring Shell's form, and whether the user asked for the command's help instead.
 */
public record Invocation(Command command, ParsedInput input, boolean help) {
}
