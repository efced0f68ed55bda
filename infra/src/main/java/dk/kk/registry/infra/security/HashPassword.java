package dk.kk.registry.infra.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar registry.jar hash-password}: reads a password and prints its bcrypt hash, the
 * {@code password-hash} of a local user in {@code registry.security.users}. At a terminal the password is read
 * twice without echo; without one (a script, a pipe) it is the first line of standard input. Needs no database and
 * starts no Spring context. Exit status 0 with the hash on standard output, 2 when no usable password was given.
 */
public final class HashPassword {

    public static final String COMMAND = "hash-password";
    static final int OK = 0;
    static final int FAILED = 2;
    /** Bcrypt reads no further than 72 bytes; a longer password would only seem longer. */
    private static final int MAX_BYTES = 72;

    private HashPassword() {}

    /** Whether the command line asks for this command rather than the registry's web application. */
    public static boolean requested(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    public static int run(String... args) {
        if (args.length != 1) {
            System.err.println("usage: java -jar registry.jar " + COMMAND + " (the password is read, not given)");
            return FAILED;
        }
        return run(
                System.console(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out,
                System.err);
    }

    static int run(Console console, BufferedReader stdin, PrintStream out, PrintStream err) {
        char[] password = console != null ? fromTerminal(console, err) : fromInput(stdin, err);
        if (password == null) {
            return FAILED;
        }
        try {
            if (password.length == 0) {
                err.println("no password given");
                return FAILED;
            }
            if (StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAX_BYTES) {
                err.println("the password is longer than bcrypt's " + MAX_BYTES + " bytes");
                return FAILED;
            }
            out.println(new BCryptPasswordEncoder().encode(CharBuffer.wrap(password)));
            return OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] fromTerminal(Console console, PrintStream err) {
        char[] password = console.readPassword("Password: ");
        char[] again = password == null ? null : console.readPassword("Again: ");
        if (password == null || again == null) {
            err.println("no password given");
            return null;
        }
        boolean same = Arrays.equals(password, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(password, '\0');
            err.println("the two passwords differ");
            return null;
        }
        return password;
    }

    private static char[] fromInput(BufferedReader stdin, PrintStream err) {
        try {
            String line = stdin.readLine();
            if (line == null) {
                err.println("no password given on standard input");
                return null;
            }
            return line.toCharArray();
        } catch (IOException e) {
            err.println("cannot read the password: " + e.getMessage());
            return null;
        }
    }
}
