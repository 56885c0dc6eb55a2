package org.iowscb.learningloop.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's settings ({@code learningloop.demo.*}).
 *
 * @param cases seed a year of demo cases at the first start of an engine that has no case yet
 *              ({@link DemoCases}). False by default ({@code application.yaml}); true only in the
 *              default profile ({@code application-default.yaml}, beside {@code demo-data}), so
 *              never under {@code postgres} or {@code prod} unless switched on there by hand. The
 *              cases need the demo users and groups ({@code learningloop.demo-data}).
 */
@ConfigurationProperties(prefix = "learningloop.demo")
record DemoProperties(@DefaultValue("false") boolean cases) {
}
