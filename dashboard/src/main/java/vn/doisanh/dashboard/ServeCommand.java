package vn.doisanh.dashboard;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.doisanh.dashboard.auth.Access;
import vn.doisanh.dashboard.auth.AccessSettings;
import vn.doisanh.dashboard.auth.AuditLog;
import vn.doisanh.dashboard.auth.JsonLinesAuditLog;
import vn.doisanh.dashboard.auth.PasswordHasher;
import vn.doisanh.dashboard.auth.UserStore;
import vn.doisanh.dashboard.upload.EtlProcess;
import vn.doisanh.dashboard.upload.UploadRoutes;
import vn.doisanh.warehouse.query.Warehouse;

/** {@code doisanh serve}: serves the current warehouse snapshot of a data folder until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard over the current warehouse snapshot. Users sign in with the accounts of "
                + "<data>/users.json (./doisanh user add); --public-read-only serves it to anyone, read only.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "data", description = "The ETL's output folder (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--public-read-only",
            description = "No sign-in: every page and read API is open to anyone; uploads, loads and administration answer 403.")
    private boolean publicReadOnly;

    @Option(names = "--secure-cookies",
            description = "Mark the session cookie Secure: use it when the dashboard is reached over HTTPS (a proxy).")
    private boolean secureCookies;

    /**
     * The feature modules served beside the pages and the read API (uploads, loads, administration). This is the
     * one place a new module is wired in.
     */
    public static List<RouteModule> featureModules(FeatureContext context) {
        return List.of(UploadRoutes.create(context.data(), EtlProcess.fromLauncher(), context.audit(), Clock.systemUTC()));
    }

    @Override
    public Integer call() throws InterruptedException {
        UserStore users = UserStore.in(data);
        if (!publicReadOnly) {
            String refusal = refusalWithoutUsers(users);
            if (refusal != null) {
                System.err.println(refusal);
                return 2;
            }
        }
        Warehouse warehouse;
        try {
            warehouse = Warehouse.open(data);
        } catch (IllegalStateException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        AuditLog audit = JsonLinesAuditLog.in(data);
        Access access = publicReadOnly ? Access.publicReadOnly()
                : Access.accounts(users, new PasswordHasher(), audit, AccessSettings.defaults().withSecureCookies(secureCookies));
        List<RouteModule> modules = featureModules(new FeatureContext(data, warehouse, audit, publicReadOnly));
        Javalin app = DashboardApp.create(warehouse, access, modules).start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            warehouse.close();
        }));
        System.out.println("Đối sánh: http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + app.port() + "/"
                + (publicReadOnly ? "  (public read-only: no sign-in, nothing can be changed)" : ""));
        Thread.currentThread().join();
        return 0;
    }

    /** Why serve must not start with these accounts (none, or a broken file), or null when it may. */
    static String refusalWithoutUsers(UserStore users) {
        try {
            if (!users.isEmpty()) {
                return null;
            }
        } catch (IllegalStateException e) {
            return "serve: " + e.getMessage();
        }
        return "serve: no user accounts in " + users.file() + ", so nobody could sign in.\n"
                + "  Add one:   ./doisanh user add NAME --role analyst|leader|admin [--unit CODE] --data "
                + users.file().getParent() + "\n"
                + "  or serve without sign-in, read only:   ./doisanh serve --public-read-only";
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }
}
