package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.security.ProviderSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the login form, which Spring Security checks, or with an OpenID provider a button that signs in
 * there; and the page for a person the provider signed in whose claims give no registry role.
 */
@Controller
class LoginController {

    private final ObjectProvider<ProviderSignIn> provider;
    private final Environment environment;

    LoginController(ObjectProvider<ProviderSignIn> provider, Environment environment) {
        this.provider = provider;
        this.environment = environment;
    }

    @GetMapping("/login")
    String login(Model model) {
        ProviderSignIn signIn = provider.getIfAvailable();
        model.addAttribute("providerName", signIn == null ? null : signIn.providerName());
        model.addAttribute("providerPath", "/oauth2/authorization/" + ProviderSignIn.REGISTRATION_ID);
        model.addAttribute("localUsers", signIn == null && !ProviderSignIn.issuerConfigured(environment));
        return "login";
    }

    @GetMapping(ProviderSignIn.NO_ROLE_PAGE)
    String noRole(Model model) {
        ProviderSignIn signIn = provider.getIfAvailable();
        model.addAttribute("providerName", signIn == null ? null : signIn.providerName());
        return "login-no-role";
    }
}
