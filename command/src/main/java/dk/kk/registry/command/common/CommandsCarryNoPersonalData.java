package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.AuditMetadata;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Applies {@link NoPersonalData} to every free-text field of every command, however nested, and to the reason a
 * command carries, before any handler sees it. Ids are not free text (a UUID's digits can look like a CPR number),
 * so fields named {@code id} or ending in {@code Id} are skipped.
 */
public class CommandsCarryNoPersonalData implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object reason = command.getMetaData().get(AuditMetadata.REASON);
        if (reason != null) {
            NoPersonalData.check(reason.toString(), "reason");
        }
        inspect(command.getPayload(), "");
        return chain.proceed();
    }

    static void inspect(Object value, String path) {
        CommandText.walk(value, path, false, (text, at, id) -> {
            if (!id && !UUID.matcher(text).matches()) {
                NoPersonalData.check(text, at);
            }
        });
    }
}
