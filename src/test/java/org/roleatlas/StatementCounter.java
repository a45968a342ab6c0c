package org.roleatlas;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the SQL statements one piece of work runs, through a datasource-proxy wrapper around the application's
 * {@link DataSource}. Only statements run on the recording thread are kept: a MockMvc request runs on the test's
 * thread, while background work (the view-count flusher, the search index follower) runs on threads of its own and
 * never lands in a recording.
 * <p>
 * Register it in a test context with {@code @Import(StatementCounter.class)}.
 */
public class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(beanName, dataSource).listener(this).build();
        }
        return bean;
    }

    /** The statements {@code work} ran on this thread, in order: one entry per execution (a batch is one). */
    public List<String> statementsOf(Callable<?> work) throws Exception {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            work.call();
        } finally {
            recording.remove();
        }
        return statements;
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        List<String> statements = recording.get();
        if (statements != null) {
            statements.add(String.join("; ", queries.stream().map(QueryInfo::getQuery).toList()));
        }
    }
}
