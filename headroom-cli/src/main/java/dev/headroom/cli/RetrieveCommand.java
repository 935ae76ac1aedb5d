package dev.headroom.cli;

import dev.headroom.Headroom;
import dev.headroom.RetrievalResult;
import dev.headroom.store.OriginalStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code headroom retrieve HANDLE [--query Q]}: prints the original (or its matching part) exactly as
 * stored. Exit codes: 0 found, 1 unknown/expired/invalid handle, 2 invalid option or HEADROOM_STORE location,
 * 3 nothing matches the query, 4 store unavailable.
 */
@Command(name = "retrieve", mixinStandardHelpOptions = true,
        description = "Print the original stored under HANDLE (from the store in HEADROOM_STORE).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:found", "1:unknown, expired or malformed handle", "2:invalid option or HEADROOM_STORE location",
                "3:nothing matches the query", "4:store unavailable"})
final class RetrieveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HANDLE", description = "The handle from a marker (16 hex characters).")
    String handle;

    @Option(names = "--query", paramLabel = "Q", description = "Only the items or lines containing any of these words.")
    String query;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        RetrievalResult r;
        try (OriginalStore store = StoreOption.open()) {
            r = Headroom.builder().store(store).build().retrieve(handle, query, null);
        }
        if (r.found()) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out.print(r.content());
            out.flush();
            if (r.status() == RetrievalResult.Status.FILTERED) {
                err.println("headroom: " + r.message());
            }
            return 0;
        }
        err.println("headroom: " + r.message());
        switch (r.status()) {
            case NO_MATCH:
                return 3;
            case UNAVAILABLE:
                return 4;
            default:
                return 1;
        }
    }
}
