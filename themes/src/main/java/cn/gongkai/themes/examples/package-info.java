/**
 * Realistic examples of every component and page, rendered by the theme: the inputs of the markup
 * tests here and of the accessibility checks in the publisher.
 */
package cn.gongkai.themes.examples;
