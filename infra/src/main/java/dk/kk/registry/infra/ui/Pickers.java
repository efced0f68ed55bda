package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.policy.PolicyView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How a picker names an area or an organisation: its name, then its kind and its id, so that two of one name (four
 * organisations called Tingbjerg, say) can be told apart where a user chooses one.
 */
@Component("pickers")
public class Pickers {

    private final MessageSource messages;

    Pickers(MessageSource messages) {
        this.messages = messages;
    }

    public String label(Object option) {
        if (option instanceof AreaView area) {
            return label(area.name(), "areaKind." + area.kind(), area.id());
        }
        if (option instanceof OrganisationView organisation) {
            return label(organisation.name(), "organisationKind." + organisation.kind(), organisation.id());
        }
        if (option instanceof PolicyView policy) {
            return policy.title() + " (" + policy.id() + ")";
        }
        return String.valueOf(option);
    }

    private String label(String name, String kind, String id) {
        String kindLabel = messages.getMessage(kind, null, kind, LocaleContextHolder.getLocale());
        return name + " (" + kindLabel + ", " + id + ")";
    }
}
