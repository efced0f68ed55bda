package dk.kk.registry.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The web UI's sign-in through the OpenID provider (API.md, "Sign-in and roles"): the authorization code flow with
 * PKCE, the role and administration read from the ID token and userinfo as {@link OpenIdConnect} reads an access
 * token's, and RP-initiated logout, so that signing out of the registry signs out at the provider too. A person
 * whose claims give no registry role is sent to a page that says so ({@link #NO_ROLE_PAGE}), not to an error.
 */
public final class ProviderSignIn {

    public static final String REGISTRATION_ID = "registry";
    public static final String NO_ROLE_PAGE = "/login/no-role";
    private static final String NO_ROLE = "registry_no_role";

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSignIn.class);

    private final ClientRegistrationRepository registrations;
    private final OpenIdConnect.JwtClaimsToActor claimsToActor;
    private final String issuerUri;
    private final String providerName;
    private final String postLogoutRedirectUri;
    private final OidcUserService provider = new OidcUserService();

    ProviderSignIn(
            OpenIdConnect.Properties api,
            OpenIdConnect.WebProperties web,
            OpenIdConnect.JwtClaimsToActor claimsToActor) {
        this.claimsToActor = claimsToActor;
        this.issuerUri = api.issuerUri();
        this.providerName = web.providerName();
        this.postLogoutRedirectUri = web.postLogoutRedirectUri();
        this.registrations = new LazyRegistration(() -> ClientRegistrations.fromIssuerLocation(api.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(web.clientId())
                .clientSecret(web.clientSecret())
                .scope(web.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .userNameAttributeName(api.usernameClaim())
                .build());
    }

    /** Whether an issuer is configured: then no local user exists, whether the web UI may sign in or not. */
    public static boolean issuerConfigured(Environment environment) {
        return OpenIdConnect.configured(environment);
    }

    /** The provider's origin (scheme, host and port of its issuer), where the browser goes to sign in and out. */
    public String origin() {
        URI issuer = URI.create(issuerUri);
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }

    /** The name the login page offers to sign in with ("Log ind med …"). */
    public String providerName() {
        return providerName;
    }

    /** Signs in through the provider (no login form) and out there too. */
    public void configure(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri(postLogoutRedirectUri);
        http.oauth2Login(login -> login.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                        .defaultSuccessUrl("/", true)
                        .failureHandler(ProviderSignIn::failed))
                .logout(out -> out.logoutSuccessHandler(logout));
    }

    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Collection<GrantedAuthority> authorities;
        try {
            authorities = claimsToActor.authorities(user.getClaims());
        } catch (OAuth2AuthenticationException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE, e.getMessage(), null), e);
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), claimsToActor.usernameClaim());
    }

    private static void failed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean noRole = failure instanceof OAuth2AuthenticationException oauth
                && NO_ROLE.equals(oauth.getError().getErrorCode());
        LOG.warn("sign-in through the OpenID provider refused: {}", failure.getMessage());
        response.sendRedirect(request.getContextPath() + (noRole ? NO_ROLE_PAGE : "/login?error"));
    }

    /** Discovery on first use, so that the registry starts while the provider is briefly away. */
    private static final class LazyRegistration implements ClientRegistrationRepository {

        private final java.util.function.Supplier<ClientRegistration> discover;
        private volatile ClientRegistration registration;

        LazyRegistration(java.util.function.Supplier<ClientRegistration> discover) {
            this.discover = discover;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration found = registration;
            if (found == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = discover.get();
                    }
                    found = registration;
                }
            }
            return found;
        }
    }
}
