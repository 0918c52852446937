package vn.doisanh.warehouse.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.doisanh.warehouse.query.PeerGroupQuery;
import vn.doisanh.warehouse.query.Warehouse;

/** {@code doisanh peers CODE}: the unit's nearest peers by size and type, with distances. */
@Command(name = "peers", mixinStandardHelpOptions = true,
        description = {"List a unit's k nearest peers with their distances.",
            "Distance: z-scores of ln(population) and ln(area) over all units, plus 1 when the type (xã, phường, "
                    + "đặc khu) differs; Euclidean, all weights 1."})
public final class PeersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CODE", description = "The unit's 5-digit code, e.g. 10816 (Xã Hà Bắc).")
    private String unitCode;

    @Mixin
    private DataFolder data;

    @Option(names = {"-k", "--k"}, paramLabel = "K", defaultValue = "10",
            description = "How many peers. Default: ${DEFAULT-VALUE}.")
    private int k;

    @Option(names = "--json", description = "Print the peer group as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Warehouse warehouse = Warehouse.open(data.dir)) {
            PeerGroupQuery.PeerGroup group = new PeerGroupQuery(warehouse).run(new PeerGroupQuery.Request(unitCode, k));
            if (json) {
                out.println(Json.of(group));
                return 0;
            }
            out.println(group.unit().name() + " (" + group.unit().code() + ") · " + group.unit().typeVi() + " · dân số "
                    + VietnameseNumbers.format(group.unit().population()) + " · diện tích "
                    + VietnameseNumbers.format(group.unit().areaKm2()) + " km²");
            out.println(String.format("%3s  %-5s  %-28s %-8s %10s %12s %9s", "#", "mã", "đơn vị", "loại", "dân số",
                    "diện tích", "k.cách"));
            for (PeerGroupQuery.Peer peer : group.peers()) {
                out.println(String.format("%3d  %-5s  %-28s %-8s %10s %12s %9s", peer.rank(), peer.unit().code(),
                        peer.unit().name(), peer.unit().typeVi(), VietnameseNumbers.format(peer.unit().population()),
                        VietnameseNumbers.format(peer.unit().areaKm2()) + " km²",
                        VietnameseNumbers.format(peer.distance(), 3)));
            }
            return 0;
        }
    }

    public static void main(String[] args) {
        System.exit(Commands.execute(new PeersCommand(), args));
    }
}
