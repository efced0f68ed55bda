package dk.kk.registry.infra.ui;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every command form does when it is sent: the form's own checks and its citation are judged with the field
 * checks (one round, every error), then the command is sent; a refusal shows the form again with its errors beside
 * their fields ({@link FormErrors}), a success goes to the page that says what was recorded.
 */
final class FormPost {

    private FormPost() {}

    /** Sends a form that may cite its source; {@code done} is the message the page shows after the redirect. */
    static String send(
            CommandForms.Cited form,
            BindingResult errors,
            Runnable command,
            Supplier<String> formAgain,
            RedirectAttributes redirect,
            String done,
            String page) {
        form.checkAhead(errors);
        form.cite(errors);
        return send(errors, command, formAgain, redirect, done, page);
    }

    /** Sends a form whose checks the binder has already judged. */
    static String send(
            BindingResult errors,
            Runnable command,
            Supplier<String> formAgain,
            RedirectAttributes redirect,
            String done,
            String page) {
        if (errors.hasErrors() || !FormErrors.attempt(errors, command)) {
            return formAgain.get();
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:" + page;
    }
}
