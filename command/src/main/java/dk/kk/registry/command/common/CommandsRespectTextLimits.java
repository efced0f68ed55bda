package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.AuditMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A ceiling on every text a command carries, however nested, before any handler sees it: identifiers
 * {@value #ID_LIMIT} characters, names and titles {@value #NAME_LIMIT}, the reason {@value #REASON_LIMIT}, any
 * other text {@value #TEXT_LIMIT} (the longest an aggregate allows; most allow less and say so themselves). So no
 * field, including one added later, takes a megabyte of text into the event log.
 */
public class CommandsRespectTextLimits implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final int ID_LIMIT = 200;
    static final int NAME_LIMIT = 300;
    static final int REASON_LIMIT = 4_000;
    static final int TEXT_LIMIT = 10_000;

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object reason = command.getMetaData().get(AuditMetadata.REASON);
        if (reason != null) {
            check(reason.toString(), "reason", REASON_LIMIT);
        }
        inspect(command.getPayload());
        return chain.proceed();
    }

    static void inspect(Object payload) {
        CommandText.walk(payload, "", false, (text, path, id) -> check(text, path, limit(path, id)));
    }

    private static int limit(String path, boolean id) {
        if (id) {
            return ID_LIMIT;
        }
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*$", "");
        return field.equals("name") || field.equals("title") ? NAME_LIMIT : TEXT_LIMIT;
    }

    private static void check(String text, String field, int limit) {
        if (text.length() > limit) {
            throw new RuleViolation("TextLimits", field, field + " is longer than " + limit + " characters");
        }
    }
}
