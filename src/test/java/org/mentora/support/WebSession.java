package org.mentora.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor over plain HTTP, with their own cookies, as a browser without scripts would ask: for
 * tests that must see status codes, headers and raw HTML, or send what no browser would (a forged
 * view state). {@link #get} never follows redirects, so a test sees them; {@link #open} does.
 */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final Map<String, String> headers;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient raw;
  private final HttpClient following;

  public WebSession(URL base) {
    this(base, Map.of());
  }

  /** A visitor whose every request carries the given headers (say, X-Forwarded-For). */
  public WebSession(URL base, Map<String, String> headers) {
    try {
      URI uri = base.toURI();
      // In the container the application's address may come without its trailing slash.
      this.base = uri.getPath().endsWith("/") ? uri : URI.create(uri + "/");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    this.headers = Map.copyOf(headers);
    raw =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    following =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A visitor signed in through the real login form with the shared test password. */
  public static WebSession signedIn(URL base, String username) {
    WebSession session = new WebSession(base);
    if (!session.logIn(username, TestData.PASSWORD)) {
      throw new IllegalStateException("HTTP login failed for " + username);
    }
    return session;
  }

  /** Fills and posts the login form; true when the login page let the visitor through. */
  public boolean logIn(String username, String password) {
    String page = open("login.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", viewState(page));
    HttpResponse<String> after = send(following, post("login.xhtml", form));
    return !after.uri().getPath().endsWith("login.xhtml");
  }

  /** Posts the logout button of the menu on the given page, as the menu would. */
  public HttpResponse<String> logOut(String fromPage) {
    String page = open(fromPage).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("menuForm", "menuForm");
    form.put("menuForm:logout", "menuForm:logout");
    form.put("jakarta.faces.ViewState", viewState(page));
    return send(raw, post(fromPage, form));
  }

  /** A GET that does not follow redirects. */
  public HttpResponse<String> get(String path) {
    return send(raw, request(path).GET().build());
  }

  /** A GET that follows redirects, as a browser would. */
  public HttpResponse<String> open(String path) {
    return send(following, request(path).GET().build());
  }

  /** A form post (url-encoded) that does not follow redirects. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    return send(raw, post(path, fields));
  }

  /** A file as a browser sends it in a multipart form. */
  public record FilePart(String field, String fileName, String contentType, byte[] content) {}

  /**
   * A multipart form post (a form with a file) that follows redirects: the fields before the file,
   * the file, then the fields after it (a Faces form ends with its view state), as a browser sends
   * them in the order of the page.
   */
  public HttpResponse<String> postMultipart(
      String path, Map<String, String> before, FilePart file, Map<String, String> after) {
    String boundary = "----mentora" + java.util.UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    before.forEach((name, value) -> head.append(field(boundary, name, value)));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(file.field())
        .append("\"; filename=\"")
        .append(file.fileName())
        .append("\"\r\nContent-Type: ")
        .append(file.contentType())
        .append("\r\n\r\n");
    StringBuilder tail = new StringBuilder("\r\n");
    after.forEach((name, value) -> tail.append(field(boundary, name, value)));
    tail.append("--").append(boundary).append("--\r\n");
    HttpRequest request =
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.ofByteArrays(
                    java.util.List.of(
                        head.toString().getBytes(StandardCharsets.UTF_8),
                        file.content(),
                        tail.toString().getBytes(StandardCharsets.UTF_8))))
            .build();
    return send(following, request);
  }

  private static String field(String boundary, String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  /** A file of the given size in megabytes (of the letter a). */
  public static byte[] megabytes(int megabytes) {
    byte[] content = new byte[megabytes * 1024 * 1024];
    java.util.Arrays.fill(content, (byte) 'a');
    return content;
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Sends this visitor's requests with another session cookie, e.g. one from before logout. */
  public void useSessionCookie(String value) {
    cookies.getCookieStore().removeAll();
    HttpCookie cookie = new HttpCookie("JSESSIONID", value);
    cookie.setPath(base.getPath());
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
  }

  /** The Faces view state of a rendered page. */
  public static String viewState(String html) {
    Matcher state = VIEW_STATE.matcher(html);
    if (!state.find()) {
      throw new IllegalStateException("No view state in the page: " + html);
    }
    return state.group(1);
  }

  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)");

  /**
   * The PrimeFaces CSP nonce of a rendered page, which its script adds to every form as {@code
   * primefaces.nonce}: a post without it is refused as a CSP nonce mismatch.
   */
  public static String cspNonce(String html) {
    Matcher nonce = CSP_NONCE.matcher(html);
    if (!nonce.find()) {
      throw new IllegalStateException("No CSP nonce in the page: " + html);
    }
    return nonce.group(1);
  }

  public URI uri(String path) {
    return base.resolve(path);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en");
    headers.forEach(builder::header);
    return builder;
  }

  private HttpRequest post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
