package vn.doisanh.dashboard;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.doisanh.warehouse.query.Warehouse;

/** {@code doisanh serve}: serves the current warehouse snapshot of a data folder until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard over the current warehouse snapshot.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "data", description = "The ETL's output folder (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Override
    public Integer call() throws InterruptedException {
        Warehouse warehouse;
        try {
            warehouse = Warehouse.open(data);
        } catch (IllegalStateException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        Javalin app = DashboardApp.create(warehouse).start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            warehouse.close();
        }));
        System.out.println("Đối sánh: http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + app.port() + "/");
        Thread.currentThread().join();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }
}
