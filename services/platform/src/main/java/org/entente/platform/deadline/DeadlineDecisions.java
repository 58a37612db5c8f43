package org.entente.platform.deadline;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.platform.decision.DecisionCorrelationDataProvider;

/**
 * Runs before every fired deadline: the deadline message carries the decision {@link Deadlines#schedule} kept, and
 * the events its handler applies carry that decision, as events caused by a command carry the command's.
 */
public class DeadlineDecisions implements MessageHandlerInterceptor<DeadlineMessage<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object handle(UnitOfWork<? extends DeadlineMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        ((UnitOfWork) unitOfWork).transformMessage(message ->
                ((DeadlineMessage<?>) message).withMetaData(Deadlines.decisionOf(((DeadlineMessage<?>) message)
                        .getMetaData())));
        unitOfWork.registerCorrelationDataProvider(new DecisionCorrelationDataProvider());
        return chain.proceed();
    }
}
