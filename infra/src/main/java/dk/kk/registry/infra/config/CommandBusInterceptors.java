package dk.kk.registry.infra.config;

import dk.kk.registry.command.common.CitationsNameKnownSources;
import dk.kk.registry.command.common.CommandsCarryNoPersonalData;
import dk.kk.registry.command.common.CommandsRespectTextLimits;
import dk.kk.registry.command.common.ReferenceCatalog;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Rules that hold for every command, whoever sends it (the API, the UI, imports), applied on the command bus. */
@Configuration(proxyBeanMethods = false)
class CommandBusInterceptors {

    /** DOMAIN.md rule 7: no command may carry text that looks like a citizen's CPR number. */
    @Autowired
    void guardPersonalData(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new CommandsCarryNoPersonalData());
    }

    /** No text of any command longer than its ceiling, whatever the aggregate checks. */
    @Autowired
    void guardTextLength(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new CommandsRespectTextLimits());
    }

    /** A cited source is one the registry knows (API.md, "Sources"). */
    @Autowired
    void guardCitations(CommandBus commandBus, ReferenceCatalog catalog) {
        commandBus.registerHandlerInterceptor(new CitationsNameKnownSources(catalog));
    }
}
