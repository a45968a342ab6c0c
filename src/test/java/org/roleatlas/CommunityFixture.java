package org.roleatlas;

import org.roleatlas.accounts.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a {@link CommunityContract} test of members' posts starts from: the application through MockMvc, the members,
 * and plain SQL to set up and check rows. A contract adds the services of its own module.
 */
public abstract class CommunityFixture {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Members members;
    @Autowired
    protected JdbcClient jdbc;
}
