package io.ledgerlens.bootstrap;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curl commands our README and demo print, read back into the HTTP
 * request curl would send: {@code curl -s [-X METHOD] [-u 'user:password']
 * [-H 'Name: value']... [-d 'body'] 'url'}.
 */
public record CurlCommand(String text, String method, String user, List<String[]> headers, String body, String url) {

    public static final Pattern COMMAND = Pattern.compile(
            "curl -s (?:-X ([A-Z]+) )?(?:-u '([^']+)' )?((?:-H '[^']+' )*)(?:-d '([^']*)' )?'([^']+)'");
    private static final Pattern HEADER = Pattern.compile("-H '([^:]+): ([^']+)'");

    public static CurlCommand of(Matcher matched) {
        var headers = new ArrayList<String[]>();
        var header = HEADER.matcher(matched.group(3));
        while (header.find()) {
            headers.add(new String[] {header.group(1), header.group(2)});
        }
        return new CurlCommand(matched.group(0), matched.group(1) == null ? "GET" : matched.group(1), matched.group(2),
                headers, matched.group(4), matched.group(5));
    }

    /** Every command in {@code text}, in order. */
    public static List<CurlCommand> allIn(String text) {
        var found = new ArrayList<CurlCommand>();
        var matcher = COMMAND.matcher(text);
        while (matcher.find()) {
            found.add(of(matcher));
        }
        return found;
    }

    /** The request, sent to {@code port} on this machine whatever host the command names, {@code <token>} replaced. */
    public HttpRequest request(int port, String token) {
        var target = url.replaceFirst("^http://[^/]+", "http://127.0.0.1:" + port);
        var request = HttpRequest.newBuilder(URI.create(target)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(h -> request.header(h[0], token == null ? h[1] : h[1].replace("<token>", token)));
        return request.build();
    }
}
