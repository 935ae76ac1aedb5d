import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/** Scratch: Vert.x 5 reverse proxy to 127.0.0.1:UP on PORT, for comparing HTTP stacks under wrk. */
public class VertxPassThrough {
    public static void main(String[] a) {
        Vertx vertx = Vertx.vertx();
        HttpClient client = vertx.createHttpClient(new PoolOptions().setHttp1MaxSize(1000));
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        proxy.origin(Integer.parseInt(a[0]), "127.0.0.1");
        vertx.createHttpServer().requestHandler(proxy).listen(Integer.parseInt(a[1])).await();
        System.err.println("vertx pass-through on " + a[1]);
    }
}
