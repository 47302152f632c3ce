package vn.hoptac.shared.web;

import io.swagger.v3.oas.models.Operation;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import vn.hoptac.shared.RecordApi;

/**
 * Names the write operations every record type inherits from {@link RecordApi} after the record
 * type ({@code createExchange}, its summary), as each controller's {@link RecordApi#writes()} says:
 * the methods are one, their operations are not.
 */
@Component
class RecordApiOperations implements OperationCustomizer {

	private final BeanFactory beans;

	RecordApiOperations(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (handler.getMethod().getDeclaringClass() != RecordApi.class) {
			return operation;
		}
		Object controller = handler.getBean() instanceof String name ? beans.getBean(name) : handler.getBean();
		var writes = ((RecordApi<?, ?, ?, ?>) controller).writes();
		String method = handler.getMethod().getName();
		return operation.operationId(writes.operationId(method)).summary(writes.summary(method));
	}

}
