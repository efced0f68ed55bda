package dk.kk.registry.infra.operations;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;
import org.springframework.boot.ApplicationArguments;

/**
 * A command-line entry point of the jar that takes one argument ({@code java -jar registry.jar restore FILE}, {@code
 * backup DIR}, {@code import-measurements FILE}): recognised by its first word, run with its argument, its usage
 * printed with exit status 2 when the argument is missing or there are more.
 */
public record OneArgumentCommand(String name, String argument) {

    static final int WRONG_COMMAND_LINE = 2;

    /** Whether the command line asks for this command rather than the registry's web application. */
    public boolean requested(String... args) {
        return args.length > 0 && name.equals(args[0]);
    }

    /** The command's exit status when the command line is this command's; empty when it is not. */
    public OptionalInt run(ApplicationArguments args, ToIntFunction<String> command) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !name.equals(words.get(0))) {
            return OptionalInt.empty();
        }
        if (words.size() != 2) {
            System.err.println("usage: java -jar registry.jar " + name + " " + argument);
            return OptionalInt.of(WRONG_COMMAND_LINE);
        }
        return OptionalInt.of(command.applyAsInt(words.get(1)));
    }
}
