package vn.hoptac.shared.web;

import java.lang.reflect.Method;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoptac.shared.PageResponse;

/** Puts {@link ListExportInterceptor} around every API list: a GET of a REST controller answering a page. */
@Configuration(proxyBeanMethods = false)
class ListExportConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor listExportAdvisor(ObjectProvider<ListExporter> exporter) {
		StaticMethodMatcherPointcut lists = new StaticMethodMatcherPointcut() {
			@Override
			public boolean matches(Method method, Class<?> targetClass) {
				return isList(method, targetClass);
			}
		};
		return new DefaultPointcutAdvisor(lists, new LazyInterceptor(exporter));
	}

	static boolean isList(Method method, Class<?> type) {
		return PageResponse.class.equals(method.getReturnType())
				&& AnnotatedElementUtils.hasAnnotation(type, RestController.class)
				&& AnnotatedElementUtils.hasAnnotation(method, GetMapping.class);
	}

	/** Looks the exporter up on first use: the advisor is made before the beans it needs. */
	private record LazyInterceptor(ObjectProvider<ListExporter> exporter)
			implements org.aopalliance.intercept.MethodInterceptor {

		@Override
		public Object invoke(org.aopalliance.intercept.MethodInvocation invocation) throws Throwable {
			return new ListExportInterceptor(exporter.getObject()).invoke(invocation);
		}

	}

}
