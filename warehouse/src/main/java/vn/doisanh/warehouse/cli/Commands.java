package vn.doisanh.warehouse.cli;

import picocli.CommandLine;

/**
 * Runs a command and turns a failed precondition (unknown unit, no warehouse yet…) into one line on stderr and
 * exit code 2, instead of a stack trace: these are the user's mistakes, not the program's.
 */
public final class Commands {
    public static final int USAGE = 2;

    private Commands() {
    }

    public static int execute(Object command, String... args) {
        CommandLine line = new CommandLine(command);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
                return USAGE;
            }
            throw e;
        });
        return line.execute(args);
    }
}
