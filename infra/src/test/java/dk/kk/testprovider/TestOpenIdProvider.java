package dk.kk.testprovider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * An OpenID provider the registry did not write, for the tests: Spring Authorization Server in a small Spring
 * context of its own, on a random port, with its own login form. It issues real RFC 9068 access tokens
 * ({@code typ} {@code at+jwt}) by client credentials, one client per case, each client's extra claims set by
 * {@link #client}; its signing key can be rotated. A package outside {@code dk.kk.registry}, so that the
 * registry's component scan never finds it.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "hemmelig";

    private final ConfigurableApplicationContext context;
    private final Keys keys;
    private final List<RegisteredClient> clients;

    private TestOpenIdProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.keys = context.getBean(Keys.class);
        this.clients = context.getBean(Clients.class).list;
    }

    /** What a client's tokens carry beyond the provider's own claims, and how their audience and times differ. */
    public record Client(
            String id, Map<String, Object> claims, List<String> audience, Duration expiresIn, Duration notBeforeIn) {

        public Client forAudience(String... audience) {
            return new Client(id, claims, List.of(audience), expiresIn, notBeforeIn);
        }

        public Client expiresIn(Duration expiresIn) {
            return new Client(id, claims, audience, expiresIn, notBeforeIn);
        }

        public Client notBeforeIn(Duration notBeforeIn) {
            return new Client(id, claims, audience, expiresIn, notBeforeIn);
        }
    }

    /** A client whose tokens carry the claims given and {@code aud} the provider's default, its own id. */
    public static Client client(String id, Map<String, Object> claims) {
        return new Client(id, claims, null, null, null);
    }

    /** A person who signs in on the provider's login form, and the claims their tokens carry. */
    public record Person(String username, String password, Map<String, Object> claims) {}

    /** A browser client (authorization code with PKCE), as the registry's web UI is. */
    public record BrowserClient(String id, String secret, String redirectUri, String postLogoutRedirectUri) {}

    public static TestOpenIdProvider start(List<Client> clients, List<Person> people, List<BrowserClient> browsers) {
        Clients registered = new Clients(new ArrayList<>());
        Map<String, Client> byId = new ConcurrentHashMap<>();
        for (Client client : clients) {
            byId.put(client.id(), client);
            registered.list.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(client.id())
                    .clientSecret("{noop}" + secret(client.id()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("registry")
                    .build());
        }
        browsers.forEach(browser -> registered.list.add(browserClient(browser)));
        Map<String, Person> peopleByName = new ConcurrentHashMap<>();
        people.forEach(p -> peopleByName.put(p.username(), p));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class)
                .web(WebApplicationType.SERVLET)
                .initializers(c -> {
                    c.getBeanFactory().registerSingleton("clients", registered);
                    c.getBeanFactory().registerSingleton("clientClaims", new ClientClaims(byId, peopleByName));
                })
                // Its own session cookie: the browser keeps cookies per host, not per port, and the registry's is
                // JSESSIONID on localhost too.
                .run(
                        "--server.port=0",
                        "--server.servlet.session.cookie.name=PROVIDER_SESSION",
                        "--spring.config.name=test-openid-provider",
                        "--spring.main.banner-mode=off",
                        "--spring.jmx.enabled=false");
        return new TestOpenIdProvider(context);
    }

    public String issuer() {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** An access token for the client, by the client-credentials grant. */
    public String token(String clientId) {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + secret(clientId)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=registry"))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "token for " + clientId + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spring Authorization Server refuses two clients with one secret. */
    private static String secret(String clientId) {
        return SECRET + "-" + clientId;
    }

    /**
     * Registers a browser client once the provider runs (the registry's redirect URI names a port known only
     * after the registry has started).
     */
    public void register(BrowserClient browser) {
        RegisteredClientRepository repository = context.getBean(RegisteredClientRepository.class);
        if (repository.findByClientId(browser.id()) == null) {
            repository.save(browserClient(browser));
        }
    }

    private static RegisteredClient browserClient(BrowserClient browser) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(browser.id())
                .clientSecret("{noop}" + browser.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(browser.redirectUri())
                .postLogoutRedirectUri(browser.postLogoutRedirectUri())
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .build();
    }

    /** The key the provider signs with now (a test forges tokens with it that the provider would never issue). */
    public RSAKey signingKey() {
        return keys.current.get();
    }

    /** Replaces the signing key with a new one of another key id; the old one is no longer published. */
    public RSAKey rotateKey() {
        RSAKey next = Keys.generate();
        keys.current.set(next);
        return next;
    }

    @Override
    public void close() {
        context.close();
    }

    record Clients(List<RegisteredClient> list) {}

    record ClientClaims(Map<String, Client> clients, Map<String, Person> people) {}

    static final class Keys {
        final AtomicReference<RSAKey> current = new AtomicReference<>(generate());

        static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048)
                        .keyID(UUID.randomUUID().toString())
                        .generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class
    })
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people(ClientClaims claims) {
            return new InMemoryUserDetailsManager(claims.people().values().stream()
                    .map(p -> User.withUsername(p.username())
                            .password("{noop}" + p.password())
                            .roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository registeredClients(Clients clients) {
            return new InMemoryRegisteredClientRepository(clients.list());
        }

        @Bean
        Keys keys() {
            return new Keys();
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(Keys keys) {
            return (selector, context) -> selector.select(new JWKSet(keys.current.get()));
        }

        /** The OpenID userinfo endpoint reads the provider's own access tokens, which are at+jwt. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(
                    new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt"), JOSEObjectType.JWT, null));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            return new NimbusJwtDecoder(processor);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(ClientClaims claims) {
            return context -> {
                boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
                boolean idToken = OidcParameterNames.ID_TOKEN.equals(
                        context.getTokenType().getValue());
                if (accessToken) {
                    context.getJwsHeader().type("at+jwt");
                }
                Person person = claims.people().get(context.getPrincipal().getName());
                if (person != null && (accessToken || idToken)) {
                    context.getClaims().claims(c -> c.putAll(person.claims()));
                    context.getClaims().claim("name", person.username());
                }
                Client client =
                        claims.clients().get(context.getRegisteredClient().getClientId());
                if (client == null || !accessToken) {
                    return;
                }
                context.getClaims().claims(c -> c.putAll(client.claims()));
                if (client.audience() != null) {
                    if (client.audience().isEmpty()) {
                        context.getClaims().claims(c -> c.remove("aud"));
                    } else {
                        context.getClaims().audience(client.audience());
                    }
                }
                Instant now = Instant.now();
                if (client.expiresIn() != null) {
                    context.getClaims()
                            .issuedAt(now.plus(client.expiresIn()).minusSeconds(300))
                            .expiresAt(now.plus(client.expiresIn()));
                }
                if (client.notBeforeIn() != null) {
                    context.getClaims().notBefore(now.plus(client.notBeforeIn()));
                }
            };
        }
    }
}
