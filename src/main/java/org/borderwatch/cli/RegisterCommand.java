package org.borderwatch.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.registers.StoredEvents;
import org.borderwatch.api.ApiJson;
import org.borderwatch.export.RegisterTable;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What the five register commands share: which conflict's configuration to read, deriving the register from the
 * stored events, and writing it as a table on the terminal, as CSV or as JSON (the whole register), to a file or the
 * terminal.
 *
 * @param <R> the register
 */
abstract class RegisterCommand<R> implements Callable<Integer> {
    enum Format { TABLE, CSV, JSON }

    @ParentCommand
    BorderWatchCommand root;

    /** Whose registers: a conflict's documents, read with its folder's features.yaml, agreements.yaml and sources.yaml. */
    @Mixin
    ConflictOption conflict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default, for reading), csv or json (the whole register with the evidence of every row: the"
                    + " API's records, with each agreement's violations and every event's sources in one file).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Path out;

    /** The command's name, for messages. */
    abstract String name();

    abstract R derive(Registers registers, RegisterInput input);

    /** The tables to print; the first is what --format csv writes. */
    abstract List<RegisterTable> tables(R register);

    /** Lines printed under the tables: totals, and what the figures leave out. */
    List<String> notes(R register) {
        return List.of();
    }

    /** Work a command does with the engine once its register is derived (sources stores its flags). */
    void afterDerive(Engine engine, R register) {
    }

    @Override
    public Integer call() {
        R register;
        try (Engine engine = Engine.open(root, conflict.conflict())) {
            Registers registers = engine.registers();
            register = derive(registers, StoredEvents.read(engine.store(), registers.config().scope()));
            afterDerive(engine, register);
        } catch (StoreException e) {
            System.err.println("borderwatch " + name() + ": cannot use the store at " + root.db() + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("borderwatch " + name() + ": " + e.getMessage());
            return 2;
        }
        try {
            if (out == null) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                write(register, w);
                w.flush();
            } else {
                Path file = out.toAbsolutePath();
                Files.createDirectories(file.getParent());
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    write(register, w);
                }
                System.err.println("wrote the " + name() + " register as " + format.name().toLowerCase() + " to " + out);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("borderwatch " + name() + ": cannot write " + (out == null ? "the output" : out) + ": " + e.getMessage());
            return 1;
        }
    }

    private void write(R register, Writer w) throws IOException {
        switch (format) {
            case JSON -> {
                ApiJson.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new NonClosing(w), register);
                w.write(System.lineSeparator());
            }
            case CSV -> tables(register).get(0).writeCsv(w);
            case TABLE -> {
                for (RegisterTable t : tables(register)) {
                    TablePrinter.print(t, w);
                    w.write(System.lineSeparator());
                }
                for (String note : notes(register)) {
                    w.write(note + System.lineSeparator());
                }
            }
        }
    }

    /** Jackson closes the writer it is given; the terminal's must stay open. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
