/**
 * Beans of platform's own test application only: a consumer, an upcaster and a failing resource that
 * prove platform's claims through the real path. They travel in the test-jar, so every bean is built
 * only with {@code helpline.platform-test-app=true} (platform's test configuration) and never joins a
 * service's tests.
 */
package org.helpline.platform.testapp;
