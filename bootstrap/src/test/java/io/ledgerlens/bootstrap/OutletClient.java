package io.ledgerlens.bootstrap;

import io.ledgerlens.bootstrap.demo.DemoCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Pattern;

/** The demo outlet's API client over HTTP: it trades its key and secret for a token, then calls with the token. */
public final class OutletClient {

    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OutletClient() {
    }

    /** A token from the service on {@code port}'s token endpoint. */
    public static String token(int port) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/oauth/token/generate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + DemoCredentials.OUTLET_CLIENT_KEY
                        + "\",\"secret\":\"" + DemoCredentials.OUTLET_CLIENT_SECRET + "\"}"))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        var token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new AssertionError("no token: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** The status of a call that needs a credential (the outlet's credential list), made with {@code token}. */
    public static int callWith(int port, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/admin/credentials"))
                .header("X-CAP-API-OAUTH-TOKEN", token).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The id of the key that signed {@code token}, from its header. */
    public static String keyIdOf(String token) {
        var header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        var kid = Pattern.compile("\"kid\":\"([^\"]+)\"").matcher(header);
        if (!kid.find()) {
            throw new AssertionError("no kid in " + header);
        }
        return kid.group(1);
    }
}
