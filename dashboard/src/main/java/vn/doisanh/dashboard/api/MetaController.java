package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import vn.doisanh.catalogue.Catalogue;

/** What every page loads first: the snapshot, the catalogue, the periods, and the words of the chosen language. */
public final class MetaController {
    private final Catalogue catalogue;
    private final Snapshots snapshots;
    private final Params params;

    public MetaController(Catalogue catalogue, Snapshots snapshots, Params params) {
        this.catalogue = catalogue;
        this.snapshots = snapshots;
        this.params = params;
    }

    public void meta(Context ctx) {
        Snapshots.Current current = snapshots.current();
        ctx.json(Json.object("snapshot", Json.snapshot(current), "units", current.units().size(),
                "syntheticUnits", current.units().stream().filter(u -> u.synthetic()).count(),
                "periods", current.frames().stream().map(Json::period).toList(),
                "defaultPeriod", current.defaultFrame().periodKey()));
    }

    public void indicators(Context ctx) {
        ctx.json(catalogue.all().stream().map(Json::indicator).toList());
    }

    public void periods(Context ctx) {
        ctx.json(snapshots.current().frames().stream().map(Json::period).toList());
    }

    /** The message bundle (i18n/messages_vi|en.properties) as one flat JSON object, for the pages' scripts. */
    public void messages(Context ctx) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(params.lang(ctx)),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> messages = new LinkedHashMap<>();
        bundle.keySet().stream().sorted().forEach(key -> messages.put(key, bundle.getString(key)));
        ctx.json(messages);
    }
}
